declare function log(...args: unknown[]): void;
interface Base {
  id: number;
}
interface Named extends Base {
  name: string;
}
const n: Named = { id: 1, name: 'a' };
const b: Base = n;
log(b.id);
