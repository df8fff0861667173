// camelcase@8: ESM-only; its regexps use \p{Lu} inside character classes.
import camelCase from "camelcase";
console.log(camelCase("foo-bar_baz"), camelCase(["Foo", "BAR"], { pascalCase: true }));
