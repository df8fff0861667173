// The same packages through require(): conditions pick the CommonJS builds;
// require() of an ESM-only package (p-limit) works in Node 26 (require(esm)).
const ms = require("ms");
const rx = require("rxjs");
const { z } = require("zod");
const pLimit = require("p-limit").default;
console.log(ms("1m"), typeof rx.of, z.string().parse("ok"), typeof pLimit);
