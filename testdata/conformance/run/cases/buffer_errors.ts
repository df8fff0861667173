// Range and argument errors.
const attempts: Array<[string, () => unknown]> = [
  ["read past end", () => Buffer.alloc(2).readUInt32LE(0)],
  ["negative offset", () => Buffer.alloc(4).readUInt8(-1)],
  ["write too big", () => Buffer.alloc(1).writeUInt8(300)],
  ["from number", () => Buffer.from(5 as any)],
  ["bad encoding", () => Buffer.from("x", "nope" as any)],
  ["alloc negative", () => Buffer.alloc(-1)],
];
for (const [label, f] of attempts) {
  try {
    console.log(label, "->", f());
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(label, "|", err.name, err.code, "|", err.message);
  }
}
