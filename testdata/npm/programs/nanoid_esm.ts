// nanoid@5: ESM-only, with "exports" conditions (browser, react-native,
// default) and node:crypto underneath.
import { nanoid, customAlphabet, urlAlphabet } from "nanoid";
const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id));
const digits = customAlphabet("0123456789", 12);
console.log(/^\d{12}$/.test(digits()), urlAlphabet.length);
