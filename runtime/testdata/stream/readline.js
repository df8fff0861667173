// node:readline over Readables: line splitting (\n, \r\n, \r, across
// chunks, no final newline), question/prompt, for await, pause/close
// events, readline/promises, cursor helpers.
const readline = require('readline');
const { Readable } = require('stream');
const out = { write(s) { __write(JSON.stringify(s) + '\n'); return true; } };
const steps = [
  (next) => {
    const rl = readline.createInterface({ input: Readable.from(['a\r\nb\rc\n', 'd', 'e\r', '\nf', '\u00e9\n']) });
    const got = [];
    rl.on('line', (l) => got.push(l));
    rl.on('close', () => { print('lines', got, rl.closed); next(); });
  },
  (next) => {
    const rl = readline.createInterface({ input: Readable.from(['x\ny\n\nz']), output: out, prompt: '$ ' });
    const it = rl[Symbol.asyncIterator]();
    const seen = [];
    const pump = () => it.next().then((r) => { if (r.done) { print('iterated', seen); next(); } else { seen.push(r.value); pump(); } });
    pump();
  },
  (next) => {
    const rl = readline.createInterface({ input: Readable.from(['ada\n42\n']), output: out });
    rl.question('name? ', (name) => {
      print('name', name);
      rl.question('age? ', (age) => { print('age', Number(age) + 1); rl.close(); });
    });
    rl.on('close', next);
  },
  (next) => {
    const rl = require('readline/promises').createInterface({ input: Readable.from(['yes\n']), output: out });
    rl.question('continue? ').then((ans) => {
      print('answer', ans);
      rl.close();
      return rl.question('again? ');
    }).catch((e) => { print('rejected', e.code, e.message); next(); });
  },
  (next) => {
    const ev = [];
    const rl = readline.createInterface({ input: Readable.from(['1\n2\n']), output: out });
    rl.on('pause', () => ev.push('pause'));
    rl.on('resume', () => ev.push('resume'));
    rl.on('line', (l) => ev.push('line ' + l));
    rl.on('close', () => { ev.push('close'); print(ev); next(); });
    rl.setPrompt('>> ');
    rl.prompt();
    print(rl.getPrompt(), rl.terminal, rl instanceof readline.Interface, typeof readline.Interface);
  },
  (next) => {
    readline.cursorTo(out, 3);
    readline.cursorTo(out, 3, 2);
    readline.moveCursor(out, -2, 1);
    readline.clearLine(out, -1);
    readline.clearLine(out, 0);
    readline.clearScreenDown(out);
    check('no input', () => readline.createInterface({}));
    next();
  },
];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
