// `export {}` is module syntax of its own: an ES module with no exports.
// A top-level await inside a function does not count; one at the top does.
async function later(): Promise<number> { return await Promise.resolve(1); }
export {};
console.log(typeof require, await later());
