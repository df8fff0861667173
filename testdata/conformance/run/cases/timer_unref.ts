// An unref'd timer does not keep the process alive, but still fires while
// something else does.
const t = setTimeout(() => console.log("unref'd long timer (never)"), 10_000);
t.unref();
const short = setTimeout(() => console.log("unref'd short timer fires"), 5);
short.unref();
setTimeout(() => console.log("ref'd timer"), 50);
const iv = setInterval(() => console.log("unref'd interval (never)"), 5000).unref();
console.log(iv.hasRef());
