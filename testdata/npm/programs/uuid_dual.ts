// uuid@11: dual package (ESM here, CommonJS through createRequire), on
// node:crypto's randomUUID and randomFillSync; v1/v3/v5/v6/v7 with fixed
// inputs where the output is deterministic.
import { v1, v3, v4, v5, v6, v7, validate, version, parse, stringify, NIL, MAX } from "uuid";
import { createRequire } from "node:module";

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const id = v4();
console.log(re.test(id), validate(id), version(id), new Set(Array.from({ length: 500 }, () => v4())).size);
console.log(v3("hello", v3.DNS), v5("hello", v5.URL), v5("tsrun", "6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
const fixed = { msecs: 1700000000000, nsecs: 1234, clockseq: 0x1234, node: Uint8Array.of(1, 2, 3, 4, 5, 6) };
console.log(v1(fixed), v6(fixed), v7({ msecs: 1700000000000, seq: 42, random: new Uint8Array(16).fill(7) }));
console.log(version(v7()), version(v1()), validate("nope"), NIL, MAX);
const bytes = parse(id);
console.log(bytes.length, stringify(bytes) === id);
const buf = new Uint8Array(20);
v4(undefined, buf, 2);
console.log(buf[0], buf[1], buf[18], buf[19], (buf[8] >> 4) === 4);
const require = createRequire(import.meta.url);
const cjs = require("uuid");
console.log(typeof cjs.v4, cjs.validate(cjs.v4()), cjs.v5("hello", cjs.v5.URL) === v5("hello", v5.URL));
