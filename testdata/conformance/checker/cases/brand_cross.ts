type UserId = string & { __brand: 'UserId' };
type OrderId = string & { __brand: 'OrderId' };
declare const order: OrderId;
const user: UserId = order;
