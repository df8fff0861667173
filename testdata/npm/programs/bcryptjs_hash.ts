// bcryptjs@3 (ESM, pure JavaScript; salts from node:crypto's randomBytes):
// a hash with a fixed salt is Node's bit for bit; a generated salt and
// async hashing are checked by shape and by compare. Cost 4 (the least)
// keeps goja's run short.
import bcrypt from "bcryptjs";

const fixed = bcrypt.hashSync("ünïcödé pässwörd", "$2b$04$abcdefghijklmnopqrstuu");
console.log(fixed, bcrypt.compareSync("ünïcödé pässwörd", fixed));
const salt = bcrypt.genSaltSync(4);
console.log(salt.length, salt.slice(0, 7), bcrypt.getRounds(salt));
const h = await bcrypt.hash("secret", 4);
console.log(h.length, await bcrypt.compare("Secret", h), bcrypt.getSalt(h).length);
try {
  bcrypt.hashSync("x", "nope");
} catch (e) {
  console.log((e as Error).message);
}
