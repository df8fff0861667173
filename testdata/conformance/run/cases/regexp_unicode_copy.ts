// Rewritten property-escape regexps copied (new RegExp(re), with and without
// flags), called without new, and used by split/replace/matchAll.
for (const re of [/[\p{L}]/u, /^[\p{L}\d_]+$/gu, /[\p{L}]/gu, /\p{Lu}/giu]) {
  try { const c = new RegExp(re); console.log(c.flags, c.test("a"), c.source.length > 0); } catch (e) { console.log("ERR", String(e).slice(0, 80)); }
  try { const c = new RegExp(re, "u"); console.log(c.flags, c.test("a")); } catch (e) { console.log("ERR", String(e).slice(0, 80)); }
  try { const c = RegExp(re); console.log(c === re); } catch (e) { console.log("ERR", String(e).slice(0, 80)); }
  console.log("ab".split(re).length, "aXb".replace(re, "-"), [..."a b".matchAll(new RegExp(re, "gu"))].length);
}
