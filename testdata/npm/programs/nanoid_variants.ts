// nanoid@5: sizes, custom alphabets, a custom (here deterministic) random
// source, the non-secure variant, and the webcrypto it draws from.
import { nanoid, customAlphabet, customRandom, urlAlphabet, random } from "nanoid";
import { nanoid as weak, customAlphabet as weakAlphabet } from "nanoid/non-secure";

const urlSafe = /^[A-Za-z0-9_-]+$/;
console.log(nanoid().length, nanoid(10).length, nanoid(1).length, urlSafe.test(nanoid(64)));
const ids = new Set(Array.from({ length: 1000 }, () => nanoid()));
console.log(ids.size);
const hex = customAlphabet("0123456789abcdef", 16);
console.log(/^[0-9a-f]{16}$/.test(hex()), hex(4).length);
let seed = 7;
const next = (size: number) => {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out[i] = seed & 255;
  }
  return out;
};
const fixed = customRandom("abcdefghijklmnopqrstuvwxyz", 12, next);
console.log(fixed(), fixed());
const r = random(8);
console.log(r instanceof Uint8Array, r.length, urlAlphabet);
console.log(weak().length, urlSafe.test(weak()), weakAlphabet("xy", 5)().replace(/[xy]/g, "").length);
