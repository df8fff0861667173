// Run with FORCE_COLOR=1 (gen.sh): console colors even a pipe then, as
// util.styleText does.
const util = require('node:util');
console.log('plain', 42, true, null, undefined, 5n, Symbol('s'));
console.log({ a: 1, s: 'str', d: new Date(0), r: /x+/g, f() {}, n: [null, undefined] });
console.error(new Map([['k', 1]]), new Set(['v']));
console.log('%s and %d and %o', 'str', 7, { o: [1] });
console.dir({ deep: { deeper: { deepest: {} } } }, { depth: 0 });
console.table([{ a: 1, b: 'two' }]);
console.log(util.styleText('red', 'red text'), util.styleText(['bold', 'underline'], 'both'));
console.log(util.styleText('green', 'no stream check', { validateStream: false }));
console.log(util.inspect({ a: 1 }));
console.log([1, 2, 3, 4, 5, 6, 7, 'eight', 9, 10]);
