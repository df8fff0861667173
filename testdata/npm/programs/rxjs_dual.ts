// rxjs@7: a dual package (exports: node → CommonJS build for require,
// ESM build for import) with tslib.
import { from, of, map, filter, reduce, lastValueFrom, Subject } from "rxjs";
const sum = await lastValueFrom(from([1, 2, 3, 4, 5]).pipe(filter((n) => n % 2 === 1), map((n) => n * 10), reduce((a, b) => a + b, 0)));
console.log(sum);
const s = new Subject<string>();
s.subscribe((v) => console.log("got", v));
s.next("a");
s.next("b");
of(1, 2).subscribe({ next: (v) => console.log("of", v), complete: () => console.log("done") });
