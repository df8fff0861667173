// Objects: key quoting, string values, nesting, line breaking.
console.log({});
console.log({ a: 1, b: "two", c: [3], d: { e: null } });
console.log({ "needs-quote": 1, valid_id: 2, 3: "num key", "": "empty", "with space": true });
console.log({ s: "it's", t: 'say "hi"', u: "both ' and \"", v: "line\nbreak\ttab" });
console.log({ nested: { level1: { level2: { level3: "deep" } } } });
console.log({ longer: "a".repeat(30), other: "b".repeat(30), third: "c".repeat(30) });
console.log({ fn() {}, arrow: () => 1, cls: class Foo {} });
const user: { name: string; tags: string[]; address: { city: string; zip: string } } = {
  name: "Ada",
  tags: ["admin", "dev"],
  address: { city: "London", zip: "N1" },
};
console.log(user);
console.log("user:", user, "done");
