// util.inspect of the issue #5 classes goes through their custom
// inspectors (Symbol.for('nodejs.util.inspect.custom')), as in Node.
const { inspect } = require('util');
const p = (...vs) => print(vs.map((v) => inspect(v)).join(' '));
p(new TextEncoder(), new TextDecoder('latin1', { fatal: true }), new EventTarget(), new AbortController());
p(new URLSearchParams('a=1&b=2').keys(), performance.mark('m', { startTime: 5 }));
print(inspect(new URL('http://a/'), { depth: 0 }));
p([new URL('http://a')], { a: { b: { c: new URL('http://a') } } });
print(inspect(new URLSearchParams('a=1'), { depth: -1 }));
p([[new AbortController()]]);
const sp = new URLSearchParams('a=1&b=2&c=3');
const it = sp.entries();
it.next();
p(it, sp.values(), sp.keys());
p(new URLSearchParams(Array.from({ length: 12 }, (_, i) => ['key' + i, 'value' + i])));
const ac = new AbortController();
ac.abort();
p(ac.signal, AbortSignal.abort('r'));
p(new URL('file:///tmp/x?y#z'), new URLSearchParams());
class MyURL extends URL {}
p(new MyURL('http://sub/'));
const EventEmitter = require('events');
p(new EventEmitter(), new (class Sub extends EventEmitter {})());
const ev = new Event('x', { cancelable: true });
print(inspect(ev).replace(/timeStamp: [\d.]+/, 'timeStamp: <t>'));
