// concat, subarray (shared memory), slice, copy, fill, write.
const a = Buffer.from("abc");
const b = Buffer.from("def");
const c = Buffer.concat([a, b]);
console.log(c.toString(), Buffer.concat([a, b], 4).toString(), Buffer.concat([]).length);
const sub = c.subarray(1, 4);
sub[0] = 0x42;
console.log(sub.toString(), c.toString());
const sl = c.slice(-2);
console.log(sl.toString());
const target = Buffer.alloc(8, ".");
console.log(a.copy(target, 2), target.toString());
console.log(Buffer.alloc(6).fill("xy").toString(), Buffer.alloc(3).fill(0x41).toString());
const w = Buffer.alloc(10);
console.log(w.write("hello", 2), w);
console.log(Buffer.alloc(4, "ab"), Buffer.alloc(2, 7));
