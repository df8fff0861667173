package runtime

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"
	"github.com/google/go-cmp/cmp"
)

func TestProcessObject(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"identity", `log(typeof process.pid, process.platform, process.version.startsWith('v26.'), process.title, process.arch.length > 0);`,
			[]string{"number linux true node true"}},
		{"argv", `log(JSON.stringify(process.argv));`, []string{`["tsrun","/t/main.js"]`}},
		{"env values are strings", `process.env.X = 5; log(typeof process.env.X, process.env.X, process.env.NOPE);`,
			[]string{"string 5 undefined"}},
		{"hrtime", `const a = process.hrtime(); const d = process.hrtime(a); log(a.length, d[0] >= 0, typeof process.hrtime.bigint());`,
			[]string{"2 true bigint"}},
		{"memoryUsage and uptime", `const m = process.memoryUsage(); log(m.rss > 0, m.heapUsed > 0, process.uptime() >= 0, typeof process.memoryUsage.rss());`,
			[]string{"true true true number"}},
		{"is an EventEmitter", `let got; process.once('custom', (v) => got = v); process.emit('custom', 7); log(got, process.listenerCount('custom'));`,
			[]string{"7 0"}},
		{"exitCode validation", `
			try { process.exitCode = 'abc'; } catch (e) { log(e.code); }
			try { process.exitCode = 1.5; } catch (e) { log(e.code); }
			process.exitCode = '3'; log(process.exitCode, typeof process.exitCode); process.exitCode = 0;`,
			[]string{"ERR_INVALID_ARG_TYPE", "ERR_OUT_OF_RANGE", "3 number"}},
		{"nextTick arguments", `process.nextTick((a, b) => log(a, b), 1, 2);`, []string{"1 2"}},
		{"nextTick checks its callback", `try { process.nextTick(1); } catch (e) { log(e.code); }`, []string{"ERR_INVALID_ARG_TYPE"}},
		{"emitWarning goes to the warning event on the next tick", `
			process.on('warning', (w) => log('warning', w.name, w.message));
			process.emitWarning('careful', 'CustomWarning'); log('sync');`,
			[]string{"sync", "warning CustomWarning careful"}},
		{"require('process') is process", `log(typeof process.cwd(), process === globalThis.process);`,
			[]string{"string true"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectLogs(t, tt.src, tt.want...) })
	}
}

func TestStdoutWrite(t *testing.T) {
	var out, errb bytes.Buffer
	vm, err := newVM(&processConfig{stdout: &out, stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	code := vm.runMain(func() error {
		_, err := vm.RT.RunString(`
			process.stdout.write('a');
			process.stdout.write(new Uint8Array([98, 10]));
			process.stderr.write('err\n');
			process.stdout.write('c\n', () => process.stdout.write('written\n'));`)
		return err
	}, false)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if diff := cmp.Diff("ab\nc\nwritten\n", out.String()); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
	if errb.String() != "err\n" {
		t.Errorf("stderr %q", errb.String())
	}
}

// A program that never reads process does not build it.
func TestProcessIsLazy(t *testing.T) {
	vm, err := newVM(&processConfig{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	if code := vm.runMain(func() error { _, err := vm.RT.RunString(`1 + 1`); return err }, false); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if vm.proc.materialized() {
		t.Error("process was built for a program that never used it")
	}
	if _, err := vm.RT.RunString(`process.exitCode = 2`); err != nil {
		t.Fatal(err)
	}
	if !vm.proc.materialized() || vm.proc.exitCode() != 2 {
		t.Error("process not built on first use")
	}
}

func TestDescribeArg(t *testing.T) {
	rt := goja.New()
	tests := map[string]string{
		`undefined`: "undefined", `null`: "null", `1`: "type number (1)", `-0`: "type number (-0)",
		`'x'`: "type string ('x')", `"it's"`: `type string ("it's")`, `true`: "type boolean (true)",
		`10n`: "type bigint (10n)", `({})`: "an instance of Object", `[]`: "an instance of Array",
		`(function f() {})`: "function f", `'abcdefghijklmnopqrstuvwxyz0123'`: "type string ('abcdefghijklmnopqrstuvwxy...')",
	}
	for src, want := range tests {
		v, err := rt.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := describeArg(v); got != want {
			t.Errorf("describeArg(%s) = %q, want %q", src, got, want)
		}
	}
}

// process is an EventEmitter without compiling node:events until an emitter
// method is used (startup cost); once linked, identity is Node's whichever
// way round the program reaches process and events.
func TestProcessLazyEmitter(t *testing.T) {
	var out bytes.Buffer
	vm, err := newVM(&processConfig{argv: []string{"tsrun", "/t/main.js"}, stdout: &out, stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	code := vm.runMain(func() error {
		_, err := vm.RT.RunString(`process.argv.length; process.exitCode = 0; process.stdout.write('x\n');`)
		return err
	}, false)
	if _, loaded := vm.modules["events"]; loaded || code != 0 || out.String() != "x\n" {
		t.Fatalf("reading process loaded node:events (%v), code %d, output %q", loaded, code, out.String())
	}
	vm, err = newVM(&processConfig{argv: []string{"tsrun", "/t/main.js"}, stdout: &out, stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	code = vm.runMain(func() error {
		_, err := vm.RT.RunString(`process.exit(3)`)
		return err
	}, false)
	if _, loaded := vm.modules["events"]; loaded || code != 3 {
		t.Fatalf("process.exit(3) loaded node:events (%v), code %d", loaded, code)
	}
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"events imported after process", `const p = process; const EE = require('events');
			log(p instanceof EE, p.on === EE.prototype.on, p.stdout instanceof EE, p.listenerCount('warning'));`,
			[]string{"true true true 1"}},
		{"events imported before process", `const EE = require('events');
			log(process instanceof EE, process.listeners('warning').length, typeof process._events);`,
			[]string{"true 1 object"}},
		{"assigning a method before linking", `process.emit = function (n) { log('own emit', n); return true; };
			process.emit('x'); log(Object.prototype.hasOwnProperty.call(process, 'emit'));`,
			[]string{"own emit x", "true"}},
		{"default warning listener comes first", `process.on('warning', () => log('mine'));
			log(process.listeners('warning').map((f) => f.name).join());`,
			[]string{"onWarning,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectLogs(t, tt.src, tt.want...) })
	}
}

func TestProcessCPUUsageDelta(t *testing.T) {
	expectLogs(t, `
		const a = process.cpuUsage(); const d = process.cpuUsage(a);
		log(typeof d.user, d.user <= a.user, d.system <= a.system);
		for (const bad of [5, { user: 'x', system: 0 }, { user: -1, system: 0 }]) {
			try { process.cpuUsage(bad); } catch (e) { log(e.name, e.code, e.message); }
		}`,
		"number true true",
		`TypeError ERR_INVALID_ARG_TYPE The "prevValue" argument must be of type object. Received type number (5)`,
		`TypeError ERR_INVALID_ARG_TYPE The "prevValue.user" property must be of type number. Received type string ('x')`,
		`RangeError ERR_INVALID_ARG_VALUE The property 'prevValue.user' is invalid. Received -1`)
}
