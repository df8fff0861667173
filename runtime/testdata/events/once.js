const EventEmitter = require('events');
const e = new EventEmitter();
function f(a, b) { print('f', a, b, this === e); return 'r'; }
e.once('x', f);
const raw = e.rawListeners('x')[0];
print(raw.name, raw.listener === f, raw.length, e.listeners('x')[0] === f);
print(e.emit('x', 1, 2), e.emit('x', 3, 4), e.listenerCount('x'));
e.once('y', f);
e.removeListener('y', f);
print(e.listenerCount('y'));
e.once('z', f);
const w = e.rawListeners('z')[0];
w(5, 6);
w(7, 8);
print(e.listenerCount('z'));
e.prependOnceListener('q', () => print('second'));
e.prependOnceListener('q', () => print('first'));
e.emit('q');
e.emit('q');
// once listener re-emitting its own event
e.once('re', () => { print('re once'); e.emit('re'); });
e.emit('re');
// newListener / removeListener events
const n = new EventEmitter();
n.on('newListener', (type, l) => print('newListener', type, l.name));
n.on('removeListener', (type, l) => print('removeListener', type, l.name));
function g() {}
function h() {}
n.on('a', g);
n.once('a', h);
n.emit('a');
n.on('b', g);
n.on('b', h);
n.removeListener('b', g);
n.removeAllListeners('b');
n.on('c', g);
n.on('d', h);
n.removeAllListeners();
print(n.eventNames());
// newListener fires before the listener is added
const p = new EventEmitter();
let adding = false;
p.on('newListener', (type) => { if (type === 'k' && !adding) { adding = true; p.on('k', () => print('added in newListener')); } });
p.on('k', () => print('original'));
p.emit('k');
