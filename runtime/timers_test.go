package runtime

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// Behaviours of Timeout and Immediate objects, checked against Node 26.
func TestTimerObjects(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"hasRef, unref, ref return values", `
			const t = setTimeout(() => log('fired'), 1);
			log(t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());`,
			[]string{"true true false true true", "fired"}},
		{"toPrimitive id clears by number", `
			const t = setTimeout(() => log('no'), 1);
			const id = +t;
			log(typeof id);
			clearTimeout(id);`,
			[]string{"number"}},
		{"a number never made primitive does not clear", `
			const t = setTimeout(() => log('yes'), 1);
			clearTimeout(1);`,
			[]string{"yes"}},
		{"refresh pushes the deadline", `
			const start = Date.now();
			const t = setTimeout(() => log(Date.now() - start >= 110 ? 'late' : 'early'), 100);
			setTimeout(() => t.refresh(), 10);`,
			[]string{"late"}},
		{"refresh revives a fired timer", `
			let n = 0;
			const t = setTimeout(() => { log('n' + (++n)); if (n < 2) t.refresh(); }, 1);`,
			[]string{"n1", "n2"}},
		{"close", `const t = setTimeout(() => log('no'), 1); log(t.close() === t);`,
			[]string{"true"}},
		{"fields Node programs read", `
			const t = setTimeout(() => {}, 5); const i = setInterval(() => {}, 7);
			log(t._idleTimeout, t._repeat, i._repeat, t._destroyed);
			clearInterval(i); clearTimeout(t);
			log(t._idleTimeout, t._destroyed);`,
			[]string{"5 null 7 false", "-1 true"}},
		{"delays are coerced", `
			const order = [];
			setTimeout(() => order.push('20'), '20');
			setTimeout(() => order.push('abc'), 'abc');
			setTimeout(() => order.push('10'), 10);
			setTimeout(() => log(order.join()), 200);`,
			[]string{"abc,10,20"}},
		{"immediate unref", `
			setImmediate(() => log('no')).unref();`,
			nil},
		{"clearImmediate inside the check phase", `
			let b;
			setImmediate(() => { log('a'); clearImmediate(b); });
			b = setImmediate(() => log('b'));`,
			[]string{"a"}},
		{"timer inside timer waits for a later iteration", `
			setTimeout(() => { setTimeout(() => log('inner'), 0); setImmediate(() => log('immediate')); }, 1);`,
			[]string{"immediate", "inner"}},
		{"callback type is checked", `
			try { setTimeout('x'); } catch (e) { log(e.code, e.message); }`,
			[]string{`ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received type string ('x')`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectLogs(t, tt.src, tt.want...) })
	}
}

func TestTimeoutWarnings(t *testing.T) {
	logs, stderr, code := runLoopJS(t, `
		setTimeout(() => log('big'), 2 ** 31);
		setTimeout(() => log('neg'), -5);
		setTimeout(() => log('nan'), NaN);`)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if diff := cmp.Diff([]string{"big", "neg", "nan"}, logs); diff != "" {
		t.Errorf("logs (-want +got):\n%s", diff)
	}
	for _, want := range []string{
		"TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.\n(Use `node --trace-warnings ...` to show where the warning was created)\n",
		"TimeoutNegativeWarning: -5 is a negative number.\nTimeout duration was set to 1.\n",
		"TimeoutNaNWarning: NaN is not a number.\nTimeout duration was set to 1.\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if n := strings.Count(stderr, "--trace-warnings"); n != 1 {
		t.Errorf("trace-warnings hint printed %d times", n)
	}
}

// Node 26's timer semantics that the Go lists and dynamic objects must keep;
// each want is Node's output for the same program (node -e, with log as
// console.log of the arguments joined by spaces).
func TestTimerSemantics(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"lists fire in expiry order, each list whole (not global deadline order)", `
function busy(ms) { const e = Date.now() + ms; while (Date.now() < e); }
const out = [];
setTimeout(() => out.push('x'), 30);
busy(5);
setTimeout(() => out.push('z'), 32);
busy(5);
setTimeout(() => out.push('y'), 30);
busy(60);
setTimeout(() => log(out.join()), 100);
`,
			[]string{"x,y,z"}},
		{"interval: this, unlinked during its callback, refresh inside it, clear inside it", `
let n = 0;
const iv = setInterval(function () {
  n++;
  if (n === 1) iv.refresh();
  log('iv', n, this === iv, iv._idleNext === null, iv._destroyed);
  if (n === 3) { clearInterval(iv); log(iv._destroyed, iv._idleTimeout, iv._onTimeout); }
}, 20);
`,
			[]string{"iv 1 true false false", "iv 2 true true false", "iv 3 true true false", "true -1 null"}},
		{"clearTimeout by number, string, and what does not match", `
const a = setTimeout(() => log('a'), 5);
const b = setInterval(() => log('b'), 5);
const c = setTimeout(() => log('c'), 5);
const d = setTimeout(() => log('d'), 5);
clearTimeout(String(+a));
clearInterval(+b);
clearTimeout(+c + 0.5);
clearTimeout('0' + (+d));
log(a._destroyed, b._destroyed, c._destroyed, d._destroyed);
const e = setTimeout(() => log('e'), 5);
clearTimeout(+e + 1000);
clearInterval(e);
log(e._destroyed, typeof e._onTimeout);
e.refresh();
log(e._destroyed, e._idleTimeout);
`,
			[]string{"true true false false", "true undefined", "true -1", "c", "d"}},
		{"assigning _onTimeout and _repeat, _timerArgs, extra properties", `
const a = setTimeout(() => log('a original'), 5);
a._onTimeout = function (...args) { log('a replaced', this === a, args.length); };
const b = setTimeout(() => log('b'), 5);
b._onTimeout = null;
const c = setTimeout(function (x, y) { log('c', this === c, x, y, c._timerArgs === c._timerArgs, c._timerArgs.length); }, 5, 'one', undefined);
const d = setTimeout(() => log('d (replaced)'), 5);
let dn = 0;
d._repeat = 20;
d._onTimeout = function () { dn++; log('d', dn, this._destroyed, this._idleTimeout); if (dn === 2) clearTimeout(this); };
c.extra = 1;
log(Object.keys(c).join(), c.hasOwnProperty('extra'), 'extra' in c, delete c.extra, Object.keys(c).length);
`,
			[]string{"_idleTimeout,_idlePrev,_idleNext,_idleStart,_onTimeout,_timerArgs,_repeat,_destroyed,extra true true true 8", "a replaced true 0", "c true one undefined true 2", "d 1 false 5", "d 2 false 20"}},
		{"immediate links, args, clearing from a tick mid-phase, fields after running", `
const order = [];
let c;
const a = setImmediate(function (x, y) { log('a', this === a, x, y, a._destroyed, a.hasRef(), typeof a._onImmediate); process.nextTick(() => clearImmediate(c)); });
const b = setImmediate(() => { log('b', a._onImmediate, a._destroyed, a.hasRef()); });
c = setImmediate(() => log('c (never)'));
const d = setImmediate(() => log('d'));
a._argv = [1, 2];
log(a._idleNext === b, b._idlePrev === a, a._idlePrev, d._idleNext);
const e = setImmediate(() => log('e (never)'));
clearImmediate(e);
log(e._destroyed, e.hasRef(), e._onImmediate, e._idleNext, d._idleNext);
clearImmediate(e);
e.ref();
log(e.hasRef());
`,
			[]string{"true true null null", "true false undefined null null", "false", "a true 1 2 true false function", "b undefined true false", "d"}},
		{"ticks and promises after each timer; timers made in callbacks wait", `
setTimeout(() => {
  log('t1');
  process.nextTick(() => log('tick in t1'));
  Promise.resolve().then(() => log('promise in t1'));
  setTimeout(() => log('inner 1'), 1);
  setTimeout(() => log('inner 0'), 0);
}, 2);
setTimeout(() => { log('t2'); process.nextTick(() => log('tick in t2')); }, 2);
`,
			[]string{"t1", "tick in t1", "promise in t1", "t2", "tick in t2", "inner 1", "inner 0"}},
		{"refresh of a fired unref timer, ref/unref of a cleared one", `
const t = setTimeout(() => log('unref timer fired'), 5).unref();
const keep = setTimeout(() => {
  log('keep', t._destroyed);
  t.refresh();
  log(t.hasRef(), t._destroyed);
}, 20);
const u = setTimeout(() => log('u (never)'), 50);
clearTimeout(u);
u.unref(); log(u.hasRef()); u.ref(); log(u.hasRef());
`,
			[]string{"false", "true", "unref timer fired", "keep true", "false false"}},
		{"many timers over few durations fire once each, creation order per duration", `
const N = 20000;
const seen = new Map();
let fired = 0, bad = 0;
for (let i = 0; i < N; i++) {
  const d = i % 7;
  setTimeout(() => {
    fired++;
    const last = seen.get(d === 0 ? 1 : d);
    if (last !== undefined && last > i) bad++;
    seen.set(d === 0 ? 1 : d, i);
  }, d);
}
process.on('exit', () => log(fired, bad));
`,
			[]string{"20000 0"}},
		{"what clearTimeout leaves in _onTimeout and _timerArgs", `
const a = setTimeout(() => {}, 5, 1); clearTimeout(a); log('pending+clear', a._onTimeout, a._timerArgs);
const b = setTimeout(() => { clearTimeout(b); log('own clear', b._onTimeout, b._timerArgs); clearTimeout(b); log('own clear x2', b._onTimeout); }, 5, 2);
const c = setTimeout(() => {}, 5, 3);
const g = setTimeout(() => {}, 5, 3);
setTimeout(() => {
  log('fired', typeof c._onTimeout, c._destroyed, c._timerArgs);
  c.close(); log('fired+close', c._onTimeout, c._timerArgs);
  g._onTimeout = 5; clearTimeout(g); log('fired+assigned+clear', g._onTimeout);
  const h = setTimeout(() => {}, 5); h.unref(); clearTimeout(h); log('unref pending+clear', h._onTimeout);
}, 20);
const iv = setInterval(() => { clearInterval(iv); log('iv own', iv._onTimeout); }, 5);
`,
			[]string{"pending+clear undefined undefined", "own clear null 2", "own clear x2 null", "iv own null", "fired function true 3", "fired+close undefined undefined", "fired+assigned+clear undefined", "unref pending+clear undefined"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectLogs(t, tt.src, tt.want...) })
	}
}

// A Timeout inspects as Node's does, one level deep (its custom inspect),
// less the symbol-keyed fields a dynamic object cannot have.
func TestTimeoutInspect(t *testing.T) {
	expectLogs(t, `
		const util = require('util');
		const t = setTimeout(() => {}, 1000, 'x');
		const s = util.inspect(t, { depth: 5 });
		log(s.split('\n').length, s.startsWith('Timeout {'), s.includes('_idlePrev: [TimersList]'), s.includes('_timerArgs: [Array]'));
		clearTimeout(t);
		log(util.inspect(t).includes('_idlePrev: null'), util.inspect(setImmediate(() => {})).split('\n')[0]);`,
		"10 true true true", "true Immediate {")
}

// The timers phase counts on a timer's layout (see timer): what it reads
// of a plain timer is in the first 64 bytes, and a slab keeps timers
// aligned to them.
func TestTimerLayout(t *testing.T) {
	var tm timer
	if got := unsafe.Sizeof(tm); got != 128 {
		t.Errorf("timer is %d bytes, want 128", got)
	}
	if got := unsafe.Offsetof(tm.ts); got != 64 {
		t.Errorf("timer.ts at %d, want 64 (the hot fields overflow the first line)", got)
	}
	var ts timerState
	a := uintptr(unsafe.Pointer(ts.newTimer()))
	b := uintptr(unsafe.Pointer(ts.newTimer()))
	if a%64 != 0 || b-a != 128 {
		t.Errorf("slab timers at %#x, %#x: not 64-byte aligned", a, b)
	}
}
