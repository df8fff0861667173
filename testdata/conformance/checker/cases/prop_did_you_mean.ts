declare function log(...args: unknown[]): void;
interface User {
  id: number;
  name: string;
}
declare const u: User;
log(u.nme);
