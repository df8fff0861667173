declare function log(...args: unknown[]): void;
type UserId = string & { __brand: 'UserId' };
function findUser(id: UserId): void {
  log(id);
}
findUser('u1');
const s: string = 'abc';
findUser(s);
