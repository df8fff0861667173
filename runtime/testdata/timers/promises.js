const timers = require('timers');
const tp = require('timers/promises');
print(Object.keys(timers), timers.setTimeout === setTimeout, timers.clearInterval === clearInterval,
  timers.promises === tp, require('node:timers/promises') === tp);
print(Object.keys(tp), tp.setTimeout.name, tp.setInterval.name, Object.getOwnPropertyNames(Object.getPrototypeOf(tp.scheduler)));
const order = [];
(async () => {
  print('value', await tp.setTimeout(5, 'v'));
  print('immediate', await tp.setImmediate('i'));
  print('default value', await tp.setTimeout(1));
  const reject = (label, p) => p.then((v) => print(label, 'resolved', v), (e) => print(label, 'rejected', e));
  await reject('options', tp.setTimeout(1, 'v', 1));
  await reject('signal', tp.setTimeout(1, 'v', { signal: 1 }));
  await reject('ref', tp.setTimeout(1, 'v', { ref: 1 }));
  await reject('delay', tp.setTimeout('x'));
  await reject('imm ref', tp.setImmediate('v', { ref: 'no' }));
  await reject('pre-aborted', tp.setTimeout(1, 'v', { signal: AbortSignal.abort('why') }));
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'v', { signal: ac.signal });
  ac.abort();
  await p.catch((e) => print('aborted', e, e.cause.name, e.code, Object.keys(e)));
  const ac2 = new AbortController();
  const q = tp.setImmediate('v', { signal: ac2.signal });
  ac2.abort('r');
  await q.catch((e) => print('aborted immediate', e, e.cause));
  // The cases run on goja unlowered, so for-await is spelled out.
  const iv = tp.setInterval(2, 'tick');
  const kAsync = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
  print(typeof iv[kAsync], Object.prototype.toString.call(iv), iv[kAsync]() === iv);
  for (let n = 1; n <= 3; n++) print('interval', await iv.next(), n);
  print('return', await iv.return('r'), await iv.next());
  const ac3 = new AbortController();
  const iv3 = tp.setInterval(2, 'x', { signal: ac3.signal });
  try {
    print('before abort', await iv3.next());
    ac3.abort();
    await iv3.next();
  } catch (e) {
    print('interval aborted', e, await iv3.next());
  }
  const it = tp.setInterval(1, 'v', 1);
  await it.next().catch((e) => print('interval options', e));
  print('wait', await tp.scheduler.wait(2), 'yield', await tp.scheduler.yield());
  // ref: false does not keep the process alive; the program ends first.
  tp.setTimeout(100000, 'never', { ref: false }).then((v) => print(v));
  tp.setImmediate('x', { ref: false }).then((v) => print('unref immediate still runs', v));
  print('end of async');
  // A ref'd timer keeps the process alive past the unref'd immediate. It is
  // set at the end of the chain, and the order is printed once both timers
  // below have fired, so a slow run (the race detector) prints the same.
  setTimeout(() => ordered.then(() => print('order', order)), 1);
})();
// Promise timers fire by deadline, not creation order. The deadlines are
// far apart: a run slow enough to put more than the difference between the
// two calls would change the order in Node too.
const ordered = Promise.all([
  tp.setTimeout(30, 'b').then((v) => order.push(v)),
  tp.setTimeout(2, 'a').then((v) => order.push(v)),
]);
