// Property escapes in the ways libraries use them: slugs, word splitting,
// global and sticky matching (lastIndex), split, matchAll, named groups.
function slugify(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}
console.log(["Crème Brûlée!", "  Ελληνικά κείμενα ", "Привет, мир", "東京 2024", "Ünïcödé—ṭëxt"].map(slugify));

const words = /[\p{Lu}]?[\p{Ll}\p{Lo}\p{Nd}]+|[\p{Lu}]+(?![\p{Ll}])/gu;
console.log("parseHTTPResponseÉtéCafé2024".match(words), "XMLHttpRequest".match(words));

const sticky = /\p{L}+/uy;
const text = "αβγ δεζ";
console.log(sticky.test(text), sticky.lastIndex, sticky.test(text), sticky.lastIndex);
sticky.lastIndex = 4;
console.log(sticky.exec(text)?.[0], sticky.lastIndex);

// Named groups on an ASCII subject: goja drops groups of a u-mode match on a
// non-ASCII string (regexpWrapper.findSubmatchIndexUnicode), \p or not.
const g = /(?<word>\p{Script=Latin}+)|(?<num>\p{Nd}+)/gu;
for (const m of "abc 12 def 42".matchAll(g)) console.log(m.index, m[0], m.groups);
const n = /(\p{Script=Latin}+)|(\p{Nd}+)/gu;
for (let m; (m = n.exec("abc ١٢ def 42 ωx")); ) console.log(m.index, m[1], m[2], n.lastIndex);
console.log([..."abc ١٢ def".matchAll(n)].map((m) => m[0]));
console.log("a1b２c３".split(/\p{Nd}/u), "one\u3000two\u00a0three".split(/\p{Zs}+/u));
console.log("😀 smile 😺".replace(/\P{ASCII}/gu, "?"), "x\u{1F600}y".replace(/[\p{So}]/u, "<>"));
const re = /\p{Lu}/gu;
console.log(re.global, re.unicode, re.flags, re instanceof RegExp, Object.getPrototypeOf(re) === RegExp.prototype);
