// @filename: math.ts
export function add(a: number, b: number): number {
  return a + b;
}
// @filename: main.ts
import * as m from './math.js';
m.add('1', 2);
