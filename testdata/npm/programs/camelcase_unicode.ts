// camelcase@8: ESM-only; its regexps use \p{Lu}, \p{Ll}, \p{Alpha} and
// \p{N} inside character classes, with the u flag (rewritten by strip).
import camelCase from "camelcase";

const inputs = ["foo-bar_baz", "Foo BAR", "--foo.bar", "XMLHttpRequest", "straße-groß", "déjà_vu ÉTÉ", "Ωmega-δelta", "número_2-três", "Київ-львів", "foo1bar 2baz", "ǅemal-ǈubav"];
for (const s of inputs) {
  console.log(JSON.stringify(s), camelCase(s), camelCase(s, { pascalCase: true }), camelCase(s, { preserveConsecutiveUppercase: true }), camelCase(s, { locale: false }));
}
console.log(camelCase(["Foo", "BAR"], { pascalCase: true }), camelCase("lorem-ipsum", { capitalizeAfterNumber: false }));
