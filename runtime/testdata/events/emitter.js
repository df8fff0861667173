const EventEmitter = require('events');
print(require('events') === EventEmitter, EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter);
print(Object.getOwnPropertyNames(EventEmitter));
print(Object.getOwnPropertyNames(EventEmitter.prototype));
const e = new EventEmitter();
print(Object.keys(e), Object.getOwnPropertySymbols(e), e._events, e._eventsCount, e._maxListeners);
const log = [];
function a(x, y) { log.push(['a', x, y, this === e]); }
function b(x) { log.push(['b', x]); }
print(e.on('foo', a) === e, e.emit('foo', 1, 2), e.emit('nothing'));
e.on('foo', b);
print(e.emit('foo', 3), log);
print(e.listeners('foo'), e.rawListeners('foo'), e.listenerCount('foo'), e.listenerCount('foo', b), e.listenerCount('zz'));
print(e.eventNames(), e._eventsCount);
e.prependListener('foo', function first() {});
print(e.listeners('foo'));
e.off('foo', a);
print(e.listeners('foo'));
e.removeListener('foo', function notThere() {});
e.removeAllListeners('foo');
print(e.eventNames(), e._events, e._eventsCount);
const s = Symbol('sym');
e.on(s, a);
e.on('bar', b);
print(e.eventNames(), EventEmitter.listenerCount(e, 'bar'));
e.removeAllListeners();
print(e.eventNames(), e.emit(s));
// subclassing both ways
class My extends EventEmitter {}
const m = new My();
m.on('x', (v) => print('class got', v));
m.emit('x', 42);
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const o = new Old();
o.on('y', (v) => print('old got', v));
o.emit('y', 7);
print(Object.keys(o));
// removal during emit: the current emit runs on a copy
const r = new EventEmitter();
function r1() { print('r1'); r.removeListener('t', r2); }
function r2() { print('r2'); }
r.on('t', r1);
r.on('t', r2);
r.emit('t');
r.emit('t');
// adding during emit
const ad = new EventEmitter();
ad.on('t', () => { print('adder'); ad.on('t', () => print('added')); });
ad.emit('t');
ad.emit('t');
// EventEmitterAsyncResource (no async context in tsrun: listeners just run)
const { EventEmitterAsyncResource } = EventEmitter;
const ar = new EventEmitterAsyncResource({ name: 'X' });
print(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype), typeof ar.asyncId, typeof ar.triggerAsyncId,
  ar.asyncResource.constructor.name, ar.asyncResource.eventEmitter === ar, ar instanceof EventEmitter, Object.keys(ar));
ar.on('a', function (v) { print('async resource got', v, this === ar); });
print(ar.emit('a', 1), EventEmitterAsyncResource.name, new EventEmitterAsyncResource('named').asyncResource.type);
check('bad name', () => new EventEmitterAsyncResource({ name: 1 }));
print(typeof ar.asyncResource.asyncId, typeof ar.asyncResource.runInAsyncScope, Object.keys(ar.asyncResource));
const gd = Object.getOwnPropertyDescriptor(EventEmitter, 'EventEmitterAsyncResource');
print(typeof gd.get, gd.enumerable, gd.configurable);
