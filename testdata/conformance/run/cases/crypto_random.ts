// randomBytes, randomFillSync/randomFill, randomInt and randomUUID: sizes,
// types, ranges and formats (never the random values), and Node's
// argument errors.
import crypto from "node:crypto";

const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length);
const u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 1, 2);
console.log(u32[0], u32[3], crypto.randomFillSync(u32) === u32);
const bytes = Buffer.alloc(8);
crypto.randomFillSync(bytes, 2, 3);
console.log(bytes.subarray(0, 2).toString("hex"), bytes.subarray(5).toString("hex"));
const ab = new ArrayBuffer(4);
console.log(crypto.randomFillSync(ab) === ab);

let inRange = true;
const seen = new Set<number>();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3, 9);
  if (n < 3 || n >= 9 || !Number.isInteger(n)) inRange = false;
  seen.add(n);
  const m = crypto.randomInt(5);
  if (m < 0 || m >= 5) inRange = false;
}
console.log(inRange, seen.size);
console.log(crypto.randomInt(-10, -9), crypto.randomInt(1));

const uuids = new Set<string>();
for (let i = 0; i < 100; i++) uuids.add(crypto.randomUUID());
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
console.log(uuids.size, [...uuids].every((u) => uuidRe.test(u)), uuidRe.test(crypto.randomUUID({ disableEntropyCache: true })));

function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(label, err.name, err.code, err.message);
  }
}
attempt("size type", () => crypto.randomBytes("5" as any));
attempt("size negative", () => crypto.randomBytes(-1));
attempt("size huge", () => crypto.randomBytes(2 ** 31));
attempt("callback type", () => crypto.randomBytes(5, "x" as any));
attempt("buf type", () => crypto.randomFillSync("x" as any));
attempt("offset", () => crypto.randomFillSync(Buffer.alloc(4), 5));
attempt("size + offset", () => crypto.randomFillSync(Buffer.alloc(4), 1, 5));
attempt("elements", () => crypto.randomFillSync(new Uint32Array(4), 1, 5));
attempt("fill callback", () => crypto.randomFill(Buffer.alloc(4), 0, 2, "x" as any));
attempt("int float", () => crypto.randomInt(1.5));
attempt("int min float", () => crypto.randomInt(0.5, 3));
attempt("int order", () => crypto.randomInt(5, 1));
attempt("int range", () => crypto.randomInt(0, 2 ** 49));
attempt("int range max", () => crypto.randomInt(2 ** 49));
attempt("int callback", () => crypto.randomInt(0, 10, "x" as any));
attempt("uuid options", () => crypto.randomUUID(5 as any));
attempt("uuid entropy", () => crypto.randomUUID({ disableEntropyCache: 1 as any }));

// One pool operation at a time, so the order printed is Node's for sure.
crypto.randomBytes(12, (err, buf) => {
  console.log("randomBytes", err, buf.length, Buffer.isBuffer(buf));
  const target = new Uint8Array(6);
  crypto.randomFill(target, 2, (err2, out) => {
    console.log("randomFill", err2, out === target, out[0], out[1]);
    crypto.randomInt(10, 20, (err3, n) => {
      console.log("randomInt", err3, n >= 10 && n < 20);
      crypto.randomFill(new Uint8Array(4), 0, 0, (err4, z) => console.log("randomFill empty", err4, z.length));
    });
  });
});
process.nextTick(() => console.log("tick before callbacks"));
