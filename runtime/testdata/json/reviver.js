// JSON.parse with a reviver: the third argument (source text access), a
// reviver that edits or deletes, errors of the text and of the reviver.
const text = '{"id": 12345678901234567890, "n": 1.50, "s": "x\\u0041", "arr": [1e3, true, null, {"deep": -0}], "o": {}}';
const seen = [];
const v = JSON.parse(text, function (k, val, ctx) { seen.push([k, typeof val, ctx && ctx.source, Object.keys(ctx)]); return typeof val === 'number' && !Number.isSafeInteger(val) && /^-?\d+$/.test(ctx.source) ? BigInt(ctx.source) : val; });
print(v, seen);
print(JSON.parse('[1, 2]', function (k, v, c) { if (k === '0') this[1] = 99; return [k, v, c.source]; }));
print(JSON.parse('{"a": 1, "b": 2}', (k, v) => (k === 'a' ? undefined : v)), JSON.parse('1', (k, v, c) => c), JSON.parse('"s"', (k, v, { source }) => source));
try { JSON.parse('{"a": x}', () => 1) } catch (e) { print(e.name, e.message) }
try { JSON.parse('[1]', () => { throw new SyntaxError('mine') }) } catch (e) { print(e.name, e.message) }
print(JSON.parse('{"__proto__": {"x": 1}}', (k, v) => v), JSON.parse('[[1,[2]],3]', (k, v) => Array.isArray(v) ? v.length : v));
