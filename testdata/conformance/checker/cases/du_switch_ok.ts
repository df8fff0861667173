declare function log(...args: unknown[]): void;
type Shape =
  | { kind: 'circle'; radius: number }
  | { kind: 'square'; size: number }
  | { kind: 'rect'; w: number; h: number };
function area(s: Shape): number {
  switch (s.kind) {
    case 'circle':
      return Math.PI * s.radius * s.radius;
    case 'square':
      return s.size * s.size;
    case 'rect':
      return s.w * s.h;
  }
}
log(area({ kind: 'circle', radius: 1 }));
