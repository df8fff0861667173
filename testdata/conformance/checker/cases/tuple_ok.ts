declare function log(...args: unknown[]): void;
const pair: [string, number] = ['a', 1];
const [name, age] = pair;
const s: string = name;
const n: number = age;
function swap(p: [number, string]): [string, number] {
  return [p[1], p[0]];
}
log(s, n, swap([1, 'a']));
