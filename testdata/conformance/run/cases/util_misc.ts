// Other util helpers.
import util from "node:util";
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ["1"]));
console.log(util.types.isPromise(Promise.resolve()), util.types.isDate(new Date()), util.types.isRegExp(/x/));
console.log(util.types.isMap(new Map()), util.types.isNativeError(new TypeError()), util.types.isAsyncFunction(async () => {}));
const sleep = util.promisify((ms: number, cb: (err: Error | null, v?: string) => void) => setTimeout(() => cb(null, `slept ${ms}`), ms));
sleep(2).then((v) => console.log(v));
const failing = util.promisify((cb: (err: Error | null) => void) => cb(new Error("promisified failure")));
failing().catch((e: Error) => console.log(e.message));
const cbified = util.callbackify(async (x: number) => x * 2);
cbified(21, (err: unknown, v: number) => console.log("callbackify", err, v));
console.log(util.inspect.defaultOptions.depth, typeof util.inspect.colors);
console.log(util.stripVTControlCharacters("\u001b[31mred\u001b[39m"));
console.log(util.types.isUint8Array(Buffer.alloc(1)), util.isArray([]));
