declare function log(...args: unknown[]): void;
type UserId = string & { __brand: 'UserId' };
type OrderId = string & { __brand: 'OrderId' };
function findUser(id: UserId): string {
  return id;
}
const u = 'u1' as UserId;
findUser(u);
const raw: string = u;
function makeOrder(s: string): OrderId {
  return s as OrderId;
}
const o: OrderId = makeOrder('x');
log(raw, o);
