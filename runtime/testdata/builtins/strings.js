// String lengths V8 refuses (goja would allocate them and die): repeat,
// padStart, padEnd; repeat's count messages.
for (const f of [() => "x".repeat(-1), () => "x".repeat(Infinity), () => "x".repeat(2**40)]) { try { print(f()) } catch (e) { print(e.name, e.message) } }
print('ab'.repeat(2.7), 'ab'.repeat('2'), ''.repeat(5), 'x'.repeat(0));
for (const f of [() => "x".padStart(2**40), () => "x".padEnd(2**31, ""), () => "ab".repeat(2**28), () => "".repeat(2**40), () => "x".repeat(-0.5), () => "x".repeat(NaN), () => "x".repeat("-2"), () => String.prototype.repeat.call(null, 1), () => "abc".padStart(6, "12345"), () => "x".repeat(3), () => [String.prototype.repeat.length, String.prototype.padStart.name]]) { try { const v = f(); print(typeof v === "string" ? v.length + ":" + v.slice(0, 10) : v) } catch (e) { print(e.name, e.message) } }
