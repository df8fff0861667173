// Iterator helpers (goja has none): laziness, closing the source early,
// argument errors, Iterator.from/concat, subclassing.
function* naturals() { let n = 1; for (;;) yield n++; }
print(naturals().filter((n) => n % 3 === 0).map((n) => n * n).take(4).toArray());
print([...'hello'].values().drop(1).take(3).toArray(), new Set([1, 2, 3]).values().reduce((a, b) => a + b), new Map([['a', 1]]).keys().toArray());
print(naturals().some((n) => n > 10), naturals().take(5).every((n) => n < 10), naturals().find((n) => n * n > 50));
const seen = []; naturals().take(3).forEach((n, i) => seen.push([n, i])); print(seen);
print([[1, 2], [3]].values().flatMap((x) => x).toArray());
check('flatMap string', () => [1, 2].values().flatMap((x) => 'ab').toArray());
const log = [];
function* tracked() { try { yield 1; yield 2; yield 3; } finally { log.push('closed'); } }
print(tracked().map((x) => x * 10).take(2).toArray(), log.splice(0));
const h = tracked().map((x) => x); h.next(); h.return(); print(log.splice(0));
const h2 = tracked().filter(Boolean); h2.return(); print(log.splice(0), h2.next());
print(tracked().find((x) => x === 2), log.splice(0), tracked().toArray(), log.splice(0));
check('map non-fn', () => [].values().map(1));
check('take NaN', () => [].values().take(NaN));
check('take -1', () => [].values().take(-1));
check('drop -1', () => [].values().drop(-1));
check('reduce empty', () => [].values().reduce((a, b) => a));
check('new Iterator', () => new Iterator());
check('from 5', () => Iterator.from(5));
check('no next', () => Iterator.prototype.map.call({}, (x) => x).next());
print([].values().take.length, Iterator.prototype.map.name, Iterator.prototype.reduce.length, Iterator.from.length, Iterator.length, Iterator.name);
print(Iterator.from({ i: 0, next() { return { done: this.i > 2, value: this.i++ }; } }).toArray(), Iterator.from('ab').toArray(), Iterator.from([1]).toArray());
print(Iterator.concat([1, 2], new Set([3])).toArray());
class MyIt extends Iterator { next() { return { done: true }; } }
print(new MyIt().toArray(), new MyIt() instanceof Iterator, naturals() instanceof Iterator);
const it = [1, 2, 3].values().map((x) => x * 2);
print(it.next(), [...it], it[Symbol.toStringTag], Object.prototype.toString.call(it), Object.prototype.toString.call(Iterator.prototype));
print(Object.getOwnPropertyNames(Iterator.prototype), typeof Object.getOwnPropertyDescriptor(Iterator.prototype, 'constructor').get, Iterator.prototype.constructor === Iterator);
const custom = [].values(); custom.constructor = 5; print(custom.constructor, Iterator.prototype.constructor === Iterator);
