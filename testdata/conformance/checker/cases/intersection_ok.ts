declare function log(...args: unknown[]): void;
type Named = { name: string };
type Aged = { age: number };
type Person = Named & Aged;
const p: Person = { name: 'a', age: 1 };
function show(x: Named & Aged): string {
  return x.name + x.age;
}
log(show(p));
