// Precise 64-bit ids from an API response with a source-text-access reviver, and dates revived.
const body = `{"orders":[{"id":9007199254740993,"total":"19.99","placed":"2024-03-05T10:00:00.000Z"},{"id":12,"total":"5.00","placed":"2024-03-06T11:30:00.000Z"}],"cursor":18446744073709551615}`;
const data = JSON.parse(body, (key, value, { source }) => {
  if (typeof value === "number" && !Number.isSafeInteger(value)) return BigInt(source);
  if (key === "placed") return new Date(value);
  return value;
});
console.log(data);
console.log(data.orders.map((o: { id: bigint | number }) => typeof o.id), data.cursor + 1n);
console.log(JSON.stringify(data, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
const lossy = JSON.parse(body);
console.log(lossy.orders[0].id, lossy.cursor);
