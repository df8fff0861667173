declare function log(...args: unknown[]): void;
function draw(p: { x: number; y: number }): void {
  log(p.x, p.y);
}
draw({ x: 1, y: 2, z: 3 });
