declare function log(...args: unknown[]): void;
const o = JSON.parse('{"a":1}');
const s: string = JSON.stringify({ a: 1 });
const m: number = Math.max(1, 2, Math.floor(2.5));
const d = new Date();
const y: number = d.getFullYear();
const re = /a+/g;
const ok: boolean = re.test('aa');
log(o.a, s, m, y, ok, Object.keys({ a: 1 }), Number('1'));
