// @filename: math.ts
export function add(a: number, b: number): number {
  return a + b;
}
export default function neg(n: number): number {
  return -n;
}
// @filename: main.ts
declare function log(...args: unknown[]): void;
import * as m from './math.js';
import neg from './math.js';
const r: number = m.add(1, neg(2));
log(r);
