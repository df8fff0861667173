// equals, compare, sorting, indexOf, includes, lastIndexOf.
const x = Buffer.from("abc");
const y = Buffer.from("abd");
console.log(x.equals(Buffer.from("abc")), x.equals(y), x === Buffer.from("abc"));
console.log(x.compare(y), y.compare(x), x.compare(x));
const list = [Buffer.from("b"), Buffer.from("a"), Buffer.from("ab"), Buffer.from("")];
console.log(list.sort(Buffer.compare).map((b) => b.toString()));
const hay = Buffer.from("one two one");
console.log(hay.indexOf("one"), hay.lastIndexOf("one"), hay.indexOf("x"), hay.includes("two"));
console.log(hay.indexOf(Buffer.from("two")), hay.indexOf(0x6f), hay.indexOf("one", 1));
