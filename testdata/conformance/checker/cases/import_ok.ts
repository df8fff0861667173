// @filename: types.ts
export type UserId = string & { __brand: 'UserId' };
export interface User {
  id: UserId;
  name: string;
}
export function makeId(s: string): UserId {
  return s as UserId;
}
// @filename: main.ts
declare function log(...args: unknown[]): void;
import type { User } from './types.js';
import { makeId } from './types';
const u: User = { id: makeId('1'), name: 'a' };
log(u.name);
