// process.stdout.write and stderr.write: no newline added, return true.
const ok: boolean = process.stdout.write("no newline|");
process.stdout.write("next\n");
process.stderr.write("to stderr\n");
console.log(ok, typeof process.stdout.write);
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write("done\n", () => console.log("write callback"));
