// Strings at the top level are printed raw; inside objects they are quoted
// and escaped.
const s = "multi\nline 'quoted' \"double\"";
console.log(s);
console.log([s]);
console.log({ s });
console.log(["\u0000\u0007\b\x1b[31m", "tab\there", "back\\slash", "é ü 漢字 😀"]);
console.log({ long: "word ".repeat(30) });
console.log(["a\nb", "c"]);
console.log("%s", "percent-s raw 'x'");
console.log(new String("boxed"), new Number(3), new Boolean(false), Object(Symbol("b")), Object(1n));
