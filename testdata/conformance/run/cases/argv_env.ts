// @env: GREETING=hello
// @env: EMPTY=
// @args: world
// process.env reads the environment; values are strings.
const name: string = process.argv[2] ?? "nobody";
console.log(`${process.env.GREETING}, ${name}!`);
console.log(JSON.stringify(process.env.EMPTY), process.env.MISSING);
process.env.NUM = 5 as any;
console.log(typeof process.env.NUM, process.env.NUM);
delete process.env.GREETING;
console.log("GREETING" in process.env);
console.log(process.env.TZ);
