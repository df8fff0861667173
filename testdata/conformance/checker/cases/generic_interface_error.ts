interface Box<T> {
  value: T;
}
const b: Box<number> = { value: 'x' };
const c: Box<string> = { value: 'x' };
const n: number = c.value;
