// printf-style format specifiers of console.log.
console.log("%s|%s|%s", "str", 42, { a: 1 });
console.log("%d|%i|%f", "42.5", 42.9, "3.25");
console.log("%d %d", 10n, -0);
console.log("%j", { a: [1, 2] });
console.log("%o", { a: [1, 2], f() {} });
console.log("%O", { a: { b: { c: { d: 1 } } } });
console.log("%c styled", "color: red");
console.log("100%% sure", "extra", 1);
console.log("%s and %s", "only one");
console.log("%x unknown", 1);
console.log(5, "%s", "not a format");
console.log("%s", Symbol("sym"), null, undefined);
