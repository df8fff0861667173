const desc = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
print(typeof structuredClone, structuredClone.name, structuredClone.length);
const c = (v) => structuredClone(v);
print(c(1), c(-0), c('s'), c(null), c(undefined), c(true), c(10n), c(NaN));
const d = new Date('2020-01-02T03:04:05Z');
print(c(d), c(d) !== d, c(new Date(NaN)), c(/a+b/gi), c(/x/y).lastIndex);
print(c(new Map([[1, { a: 1 }], ['k', [2]]])), c(new Set([1, 'a', { b: 2 }])));
const buf = new Uint8Array([1, 2, 3, 4]).buffer;
const view = new Uint16Array(buf, 2, 1);
const both = c({ buf, view, dv: new DataView(buf, 1, 2) });
print(both.buf, both.view, both.dv, both.view.buffer === both.buf, both.dv.buffer === both.buf, both.view.byteOffset);
print(c(new Float64Array([1.5, -0])), c(new BigInt64Array([5n])), c(new Uint8ClampedArray([300])));
// shared references and cycles survive
const shared = { s: 1 };
const o = { a: shared, b: shared, list: [shared] };
o.self = o;
const oc = c(o);
print(oc.a === oc.b, oc.list[0] === oc.a, oc.self === oc, oc !== o);
const m = new Map();
m.set('me', m);
print(c(m).get('me') instanceof Map, c(m).get('me') === c(m).get('me'));
// class instances lose their prototype; getters run; symbols and non-enumerables are dropped
class Point { constructor() { this.x = 1; } get len() { return 5; } }
const p = c(new Point());
print(p, Object.getPrototypeOf(p) === Object.prototype, c({ get g() { return 7; }, [Symbol('k')]: 1 }));
const hidden = {};
Object.defineProperty(hidden, 'h', { value: 1, enumerable: false });
print(c(hidden));
const arr = [1, , 3];
arr.extra = 'x';
const ac = c(arr);
print(ac.length, 1 in ac, ac.extra);
print(c(new Number(3)) instanceof Number, c(new String('s')).valueOf(), c(Object(2n)).valueOf(), c(new Boolean(false)).valueOf());
// errors
const e = new TypeError('bad', { cause: { why: 1 } });
e.extra = 1;
const ec = c(e);
print(ec instanceof TypeError, ec.name, ec.message, ec.cause, ec.extra, Object.getOwnPropertyNames(ec), ec.stack === e.stack);
const renamed = new Error('x');
renamed.name = 'RangeError';
print(c(renamed) instanceof RangeError, c(Object.assign(new Error('y'), { name: 'Custom' })).name);
class MyErr extends SyntaxError {}
print(c(new MyErr('sub')).constructor.name);
const de = c(new DOMException('m', 'AbortError'));
print(de instanceof DOMException, de.name, de.message, de.code);
// what cannot be cloned
check('function', () => c(function f() { return 1; }));
check('arrow', () => c(() => {}));
check('symbol', () => c(Symbol('s')));
check('nested symbol', () => c({ a: [Symbol('x')] }));
check('weakmap', () => c(new WeakMap()));
check('promise', () => c(Promise.resolve()));
check('url', () => c(new URL('http://a/')));
check('class', () => c(class A {}));
check('proxy', () => c(new Proxy({}, {})));
check('nested proxy', () => c({ p: new Proxy([], {}) }));
try { c(() => 1); } catch (err) { print(err instanceof DOMException, err.name, err.code); }
check('no args', () => structuredClone());
check('bad options', () => structuredClone(1, 1));
check('bad transfer', () => structuredClone(1, { transfer: 1 }));
print(structuredClone(1, { transfer: [] }), structuredClone(2, null));
const ab = new ArrayBuffer(4);
const moved = structuredClone(ab, { transfer: [ab] });
print(ab.byteLength, moved.byteLength);
print(c(new AbortController().signal));
