const EventEmitter = require('events');
// process.emitWarning is exercised elsewhere; here the warning object is
// captured directly so the case runs without a process warning listener.
const warnings = [];
process.emitWarning = (w) => warnings.push(w);
const e = new EventEmitter();
print(e.getMaxListeners(), EventEmitter.defaultMaxListeners, EventEmitter.getMaxListeners(e));
for (let i = 0; i < 11; i++) e.on('leak', () => {});
for (let i = 0; i < 12; i++) e.on('leak', () => {});
print(warnings.length, warnings.map((w) => [w.name, w.message, w.type, w.count, w.emitter === e, Object.keys(w)]));
const s = Symbol('sym');
for (let i = 0; i < 11; i++) e.on(s, () => {});
print(warnings.length, warnings[1] && warnings[1].message);
e.setMaxListeners(1);
e.on('one', () => {});
e.on('one', () => {});
print(warnings.length, warnings[2] && warnings[2].message);
e.setMaxListeners(0);
for (let i = 0; i < 20; i++) e.on('zero', () => {});
print(warnings.length);
class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(2);
for (let i = 0; i < 3; i++) c.on('c', () => {});
print(warnings[3] && warnings[3].message);
EventEmitter.defaultMaxListeners = 3;
const d = new EventEmitter();
print(d.getMaxListeners());
EventEmitter.setMaxListeners(5);
print(EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners(7, d);
print(d.getMaxListeners(), EventEmitter.defaultMaxListeners);
print(e.setMaxListeners(Infinity).getMaxListeners());
