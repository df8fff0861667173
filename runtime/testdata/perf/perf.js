const ph = require('perf_hooks');
print(Object.keys(ph).filter((k) => !['PerformanceResourceTiming', 'monitorEventLoopDelay', 'timerify', 'createHistogram',
  'createSlidingWindowHistogram', 'importHistogram'].includes(k)), ph.performance === performance, ph.constants);
print(typeof performance.now(), performance.now() >= 0, performance.now() < 60000, typeof performance.timeOrigin,
  Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000, Object.prototype.toString.call(performance));
const t0 = performance.now();
let spin = 0;
while (performance.now() - t0 < 2) spin++;
print('monotonic', performance.now() > t0);
const m = performance.mark('a', { detail: { x: 1 } });
print(m.name, m.entryType, m.duration, m.detail, typeof m.startTime, m instanceof ph.PerformanceEntry, m instanceof ph.PerformanceMark, Object.keys(m.toJSON()));
print(Object.getOwnPropertyNames(ph.PerformanceMark.prototype), Object.prototype.toString.call(m));
performance.mark('b', { startTime: 5 });
const me = performance.measure('m1', 'a');
print(me.entryType, me.name, me.detail, typeof me.duration, Object.keys(me.toJSON()));
print(performance.measure('fixed', { start: 1, end: 3 }).duration, performance.measure('dur', { start: 1, duration: 5 }).duration,
  performance.measure('b-to-now', 'b').startTime);
check('unknown mark', () => performance.measure('m2', 'nope'));
try { performance.measure('m2', 'nope'); } catch (e) { print(e instanceof DOMException, e.name, e.code); }
print(performance.getEntries().map((e) => `${e.name}:${e.entryType}`).sort(), performance.getEntriesByType('mark').length, performance.getEntriesByName('m1').length);
performance.clearMarks('a');
print(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures();
print(performance.getEntries().length, performance.eventLoopUtilization(), Object.keys(performance.toJSON()));
check('new PerformanceEntry', () => new ph.PerformanceEntry());
check('mark no name', () => performance.mark());
check('mark negative', () => performance.mark('x', { startTime: -1 }));
check('observer bad callback', () => new ph.PerformanceObserver(1));
print(ph.PerformanceObserver.supportedEntryTypes);
const obs = new ph.PerformanceObserver((list, o) => {
  print('observed', list.getEntries().map((e) => e.name), o === obs, list.getEntriesByType('mark').length);
  obs.disconnect();
});
obs.observe({ entryTypes: ['mark'] });
performance.mark('z1');
performance.mark('z2');
performance.measure('not observed');
print('sync end');
