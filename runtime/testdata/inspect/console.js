// Exercises console; gen.sh records Node 26's stdout and stderr, the Go test
// runs this same file on our console. Nothing here may depend on time or on
// stack frames (console.time and console.trace are tested separately).
console.log('plain string');
console.log(42, -0, true, null, undefined, 7n);
console.log('%s is %d years', 'Bob', 42, 'extra', { x: 1 });
console.log({ a: 1, b: [1, 2, 3], c: { d: { e: { f: 1 } } } });
console.log();
console.log('');
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.warn('warn goes to stderr', { w: 1 });
console.error('error goes to stderr');
console.error(new Map([['k', 'v']]));
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir('dir string');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.group('Group A');
console.log('inside A');
console.log('two\nlines');
console.group();
console.warn('nested warn');
console.log({ multi: 'x'.repeat(40), line: 'y'.repeat(40) });
console.groupEnd();
console.groupCollapsed('collapsed');
console.info('in collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('after groups');
console.count();
console.count();
console.count('label');
console.count('default');
console.countReset();
console.count();
console.countReset('label');
console.count('label');
console.assert(true, 'not printed');
console.assert(false);
console.assert(false, 'failed: %s', 'why');
console.assert(false, { obj: 1 });
console.assert(0, 'zero is falsy', 'more');
console.table([{ a: 1, b: 'xy' }, { a: 22, c: [1, 2] }]);
console.table([[1, 2], [3]]);
console.table({ r1: { x: 1 }, r2: 3 });
console.table([{ a: 1, b: 2 }], ['a']);
console.table([{ a: 1, b: 2 }, { a: 3 }], ['b', 'zz']);
console.table(new Map([['k', { v: 1 }], ['k2', 2]]));
console.table(new Set([1, 's']));
console.table(5);
console.table('str');
console.table([]);
console.table([{ a: { b: { c: 1 } }, d: [1, 2, 3, 4, 5], e: { x: 1, y: 2, z: 3 } }]);
console.table(['apples', 'oranges', 'bananas']);
console.table([{ name: '日本語', n: 1 }, { name: 'ascii', n: 22 }]);
console.table([[]]);
console.table([{ emoji: '🚀✅', flag: '🇺🇸', mixed: 'é and e\u0301', tone: '👍🏽' }]);
console.group('table in group');
console.table([{ a: 1 }]);
console.groupEnd();
console.log('%c styled', 'color: red');
console.log('%o', { a: [1, 2] });
console.log('done');
// console.Console writes through the streams it is given.
{
  const { Console } = console;
  const lines = [];
  // Node's Console also calls listenerCount/once/removeListener around each
  // write, and silently drops the output when they are missing.
  const fake = (prefix) => ({ write(s) { lines.push(prefix + s); return true; }, listenerCount() { return 1; }, once() {}, removeListener() {} });
  const stream = fake('');
  const c = new Console(stream);
  c.log('a', { b: 1 });
  c.error('e goes to the same stream');
  c.group('g');
  c.log('in\ngroup');
  c.groupEnd();
  c.table([{ x: 1 }]);
  c.count('k');
  c.assert(false, 'asserted');
  const c2 = new Console({
    stdout: stream,
    stderr: fake('ERR:'),
    inspectOptions: { depth: 0 },
    groupIndentation: 4,
  });
  c2.log({ a: { b: 1 } });
  c2.warn('w');
  c2.group();
  c2.log('x');
  c2.dir({ a: { b: 1 } });
  c2.groupEnd();
  const c3 = new Console({ stdout: stream, colorMode: true });
  c3.log({ colored: 1 }, 'str');
  const tty = Object.assign(fake('tty:'), { isTTY: true, hasColors: () => true });
  new Console({ stdout: tty }).log([true]);
  new Console({ stdout: tty, colorMode: false }).log([false]);
  console.log(lines);
  console.log(c instanceof Console, typeof c.log, Object.prototype.toString.call(console));
  try {
    new Console();
  } catch (e) {
    console.log(e.name, e.code);
  }
}
console.log(console);
console.log(console.info.name, console.Console.name, console.createTask('t').run(() => 'ran'));
