// @args: one two --three=3 -x "quoted"
// process.argv: [execPath, absolute script path, ...args].
import path from "node:path";
const args: string[] = process.argv.slice(2);
console.log(args);
console.log(process.argv.length);
console.log(process.argv[1]);
console.log(path.isAbsolute(process.argv[0]));
console.log(process.argv0 === undefined ? "no argv0" : "has argv0");
