declare function log(...args: unknown[]): void;
interface Point {
  x: number;
  y: number;
}
const p3 = { x: 1, y: 2, z: 3 };
const p: Point = p3;
log(p);
