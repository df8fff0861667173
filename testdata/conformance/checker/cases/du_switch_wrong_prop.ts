type Shape =
  | { kind: 'circle'; radius: number }
  | { kind: 'square'; size: number };
function area(s: Shape): number {
  switch (s.kind) {
    case 'circle':
      return s.size;
    case 'square':
      return s.size * s.size;
  }
}
