declare function log(...args: unknown[]): void;
type Color = 'red' | 'green';
const palette = {
  red: '#f00',
  green: '#0f0',
} satisfies Record<Color, string>;
const r: string = palette.red;
log(r);
