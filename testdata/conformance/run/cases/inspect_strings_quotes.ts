// Quote selection and escaping in util.inspect.
import { inspect } from "node:util";
for (const s of ["plain", "it's", 'a "b"', "both ' \"", "all ' \" `", "new\nline", "\u001b[1m", "\ud83d", "tab\t", "\\"]) {
  console.log(inspect(s));
}
console.log(inspect("a".repeat(100)));
console.log(inspect(["x".repeat(80)]));
console.log(inspect({ text: "first line\nsecond line\nthird line that is somewhat longer than the rest" }));
console.log(inspect(new String("boxed str")));
