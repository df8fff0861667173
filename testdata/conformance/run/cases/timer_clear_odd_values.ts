// clear* with odd values does nothing; timers can be cleared by their
// numeric id, and cleared across kinds.
clearTimeout(undefined);
clearTimeout(null as any);
clearTimeout(12345 as any);
clearInterval("x" as any);
clearImmediate(undefined as any);
const t = setTimeout(() => console.log("never"), 5);
const id: number = +t;
console.log(typeof id, Number.isInteger(id));
clearTimeout(id);
const t2 = setTimeout(() => console.log("never either"), 5);
clearInterval(t2);
const im = setImmediate(() => console.log("cleared immediate"));
clearImmediate(im);
setTimeout(() => console.log("end"), 10);
