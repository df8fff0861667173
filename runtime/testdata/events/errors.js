const EventEmitter = require('events');
const e = new EventEmitter();
check('string', () => e.emit('error', 'x'));
check('undefined', () => e.emit('error'));
check('object', () => e.emit('error', { a: 1 }));
check('number', () => e.emit('error', 42));
check('error', () => e.emit('error', new TypeError('boom')));
try { e.emit('error', 'ctx'); } catch (err) { print(String(err), err.context, err.code, Object.keys(err), err instanceof Error, err.name); }
check('listener type', () => e.on('x', 1));
check('listener null', () => e.on('x', null));
check('listener obj', () => e.on('x', {}));
check('listener array', () => e.once('x', []));
check('listener long string', () => e.on('x', 'abcdefghijklmnopqrstuvwxyz0123456789'));
check('listener quote', () => e.prependListener('x', "it's"));
check('listener symbol', () => e.on('x', Symbol('q')));
check('listener bigint', () => e.on('x', 1n));
check('listener nullproto', () => e.on('x', Object.create(null)));
check('remove non fn', () => e.removeListener('x', 'nope'));
check('setMax neg', () => e.setMaxListeners(-1));
check('setMax str', () => e.setMaxListeners('a'));
check('setMax NaN', () => e.setMaxListeners(NaN));
check('default neg', () => { EventEmitter.defaultMaxListeners = -1; });
check('default str', () => { EventEmitter.defaultMaxListeners = 'x'; });
check('getEventListeners bad', () => EventEmitter.getEventListeners(1, 'x'));
check('captureRejections bad', () => { EventEmitter.captureRejections = 1; });
try { e.on('x', 1); } catch (err) { print(String(err)); print(err.stack.split('\n')[0]); }
// errorMonitor sees the error before the throw
const m = new EventEmitter();
m.on(EventEmitter.errorMonitor, (err) => print('monitor', err));
check('monitored', () => m.emit('error', new Error('seen')));
m.on('error', (err) => print('handled', err));
print(m.emit('error', new Error('again')));
