interface Dict {
  [key: string]: number;
}
const d: Dict = { a: 1, b: 'two' };
