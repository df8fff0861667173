package runtime

import (
	"strings"
	"testing"

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
