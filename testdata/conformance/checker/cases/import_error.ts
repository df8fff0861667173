// @filename: lib.ts
export interface User {
  id: number;
  name: string;
}
export function greet(u: User): string {
  return u.name;
}
export const VERSION = 1;
// @filename: main.ts
import { greet, VERSION, type User } from './lib.js';
greet({ id: 1 });
const v: string = VERSION;
const u: User = { id: 'x', name: 'n' };
