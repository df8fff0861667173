declare function log(...args: unknown[]): void;
interface Shape {
  area(): number;
}
class Sq implements Shape {
  constructor(private readonly side: number) {}
  area(): number {
    return this.side * this.side;
  }
}
const s: Shape = new Sq(2);
log(s.area());
