// Intl (goja has none), en-US: Collator and localeCompare options, NumberFormat,
// DateTimeFormat without options, PluralRules, ListFormat.
print(["a10","a9","A1","b","ä","a2"].sort(new Intl.Collator(undefined,{numeric:true}).compare), ["a10","a9","A1","b","ä","a2"].sort(new Intl.Collator().compare));
print("a".localeCompare("A", undefined, {sensitivity:"base"}), "a".localeCompare("á", undefined, {sensitivity:"base"}), "a".localeCompare("á", undefined, {sensitivity:"accent"}), "a".localeCompare("A", undefined, {sensitivity:"accent"}), "a".localeCompare("A"), "a".localeCompare("A", "en", {sensitivity: "case"}), "file10".localeCompare("file9", undefined, {numeric: true}));
print(new Intl.Collator().resolvedOptions(), new Intl.Collator('en', {numeric:true, sensitivity:'base'}).resolvedOptions());
const nf = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
print(nf.format(1234.5), [1, 2.5].map(nf.format), new Intl.NumberFormat().format(1234567.891), new Intl.NumberFormat(undefined, {maximumFractionDigits: 1}).format(0.25), new Intl.NumberFormat().format(12345678901234567890n));
print(new Intl.NumberFormat().resolvedOptions());
print(new Intl.DateTimeFormat().format(new Date(2024, 2, 5)), new Intl.DateTimeFormat('en-US', {timeZone: 'UTC'}).format(new Date(0)));
const pr = new Intl.PluralRules("en-US"), po = new Intl.PluralRules("en-US", { type: "ordinal" });
print([0, 1, 2, 1.5].map((n) => pr.select(n)), [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => po.select(n)));
print(new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(["a", "b", "c"]), new Intl.ListFormat("en", { type: "disjunction" }).format(["a", "b"]), new Intl.ListFormat().format(["x"]), new Intl.ListFormat().format([]), new Intl.ListFormat().format(["x", "y"]));
print(typeof Intl, Object.prototype.toString.call(Intl), String(new Intl.Collator()), 'b'.localeCompare('a', 'de'), String.prototype.localeCompare.length);
for (const l of ["en-GB", "en-AU", "en-CA"]) print(l, (1234567.891).toLocaleString(l), (0.5).toLocaleString(l, { style: "percent" }), new Intl.NumberFormat(l).format(1e6), new Intl.NumberFormat(l).resolvedOptions().locale);
