declare function log(...args: unknown[]): void;
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  len(): number {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}
const p = new Point(1, 2);
const l: number = p.len() + p.x;
log(l);
