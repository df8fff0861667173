// An async generator object as code that checks types sees it.
async function* ticks(n: number) { for (let i = 0; i < n; i++) yield i; }
const g = ticks(2);
console.log(Object.prototype.toString.call(g), String(g), g);
console.log(Object.prototype.toString.call(ticks), ticks);
