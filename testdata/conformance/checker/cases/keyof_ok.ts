declare function log(...args: unknown[]): void;
interface User {
  id: number;
  name: string;
}
function get<K extends keyof User>(u: User, k: K): User[K] {
  return u[k];
}
const u: User = { id: 1, name: 'a' };
const n: string = get(u, 'name');
log(n);
