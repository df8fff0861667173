// A disk-usage style report using Intl: natural sort, plurals, lists, currency and time zone.
const files = ["report10.pdf", "Report2.pdf", "report1.pdf", "notes.txt", "Ärger.md", "zeta.log", "report2b.pdf"];
const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
console.log([...files].sort(natural.compare));
console.log([...files].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
console.log([...files].sort());
const plural = new Intl.PluralRules("en-US");
const noun = (n: number, one: string, other: string) => `${n} ${plural.select(n) === "one" ? one : other}`;
console.log(noun(1, "file", "files"), noun(0, "file", "files"), noun(7, "directory", "directories"));
const ord = new Intl.PluralRules("en-US", { type: "ordinal" });
const suffix: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
console.log([1, 2, 3, 4, 11, 12, 13, 21, 22, 102].map((n) => `${n}${suffix[ord.select(n)]}`).join(" "));
const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });
console.log(`Found ${list.format(["pdf", "txt", "md"])} files; skipped ${new Intl.ListFormat("en", { type: "disjunction" }).format(["log", "tmp"])}.`);
const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const num = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const sizes = [512, 1536, 1048576 * 3.25, 1073741824 * 12.5];
for (const s of sizes) console.log(num.format(s / 1024).padStart(14), "KiB", usd.format((s / 1073741824) * 0.023).padStart(8), "/mo");
console.log(new Intl.NumberFormat().format(1234567.891), (0.4567).toLocaleString("en-US", { style: "percent", minimumFractionDigits: 1 }), (1e6).toLocaleString());
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone, new Intl.DateTimeFormat("en-US").format(new Date(2024, 11, 24)), new Date(2024, 11, 24, 18, 5).toLocaleString());
try { new Intl.NumberFormat("en-US", { style: "currency" }); } catch (e) { console.log((e as Error).name, (e as Error).message); }
