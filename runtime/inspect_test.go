package runtime

import (
	"bytes"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/google/go-cmp/cmp"
)

// The golden files in testdata/inspect come from the real Node 26: gen.sh
// runs cases.txt through node:util and console.js through Node's console.
// TSRUN_UPDATE=1 regenerates them (it needs scripts/anchors.sh's tools).

var regenOnce sync.Once

func inspectGolden(t *testing.T, name string) string {
	t.Helper()
	if os.Getenv("TSRUN_UPDATE") == "1" {
		regenOnce.Do(func() {
			cmd := exec.Command("bash", filepath.Join("testdata", "inspect", "gen.sh"))
			cmd.Stderr = os.Stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("gen.sh: %v", err)
			}
		})
	}
	b, err := os.ReadFile(filepath.Join("testdata", "inspect", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// newInspectVM is a VM whose stdout and stderr are buffers.
func newInspectVM(t *testing.T) (vm *VM, stdout, stderr *bytes.Buffer) {
	t.Helper()
	stdout, stderr = &bytes.Buffer{}, &bytes.Buffer{}
	vm, err := newVM(&processConfig{argv: []string{"tsrun", "test.js"}, stdout: stdout, stderr: stderr})
	if err != nil {
		t.Fatal(err)
	}
	return vm, stdout, stderr
}

func requireUtil(t *testing.T, vm *VM) *goja.Object {
	t.Helper()
	u, err := vm.Require("node:util")
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// goldenCase is one expression of cases.txt with Node's output.
type goldenCase struct {
	line, want string
}

func parseGolden(t *testing.T, text string) []goldenCase {
	t.Helper()
	var cases []goldenCase
	var buf []string
	flush := func() {
		if len(cases) > 0 {
			cases[len(cases)-1].want = strings.Join(buf, "\n")
		}
	}
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if rest, ok := strings.CutPrefix(l, "### "); ok {
			flush()
			cases = append(cases, goldenCase{line: rest})
			buf = nil
			continue
		}
		buf = append(buf, l)
	}
	flush()
	return cases
}

// knownInspectGaps are cases.txt lines whose output differs from Node's on
// purpose, each with the reason. The test fails if one of them starts to
// match, so the list cannot go stale.
var knownInspectGaps = map[string]string{
	"(() => { function F() {} F.prototype = Object.create(null); return new F() })()": "V8 remembers which " +
		"function constructed an object (its map's constructor) and Node prints it when the prototype " +
		"chain has no constructor; goja keeps no such link, so the class name falls back to Object",
	"@util.inspect(new WeakMap([[{}, 1]]), { showHidden: true })": weakGap,
	"@util.inspect(new WeakSet([{}]), { showHidden: true })":      weakGap,
}

const (
	weakGap = "Node lists a WeakMap/WeakSet's entries with showHidden through V8; goja cannot enumerate " +
		"weak collections, so they stay <items unknown> as without showHidden"
)

// evalCase runs an expression the way gen.js does in Node.
const evalCaseJS = `(function (util, require, expr, raw) {
  try {
    const value = new Function('util', 'require', 'return (' + expr + ')')(util, require);
    return raw ? String(value) : util.inspect(value);
  } catch (err) {
    return '!throws ' + (err && err.name) + ': ' + (err && err.message);
  }
})`

func TestInspectGolden(t *testing.T) {
	cases := parseGolden(t, inspectGolden(t, "expected.txt"))
	if len(cases) < 150 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	vm, _, _ := newInspectVM(t)
	util := requireUtil(t, vm)
	fv, err := vm.RT.RunString(evalCaseJS)
	if err != nil {
		t.Fatal(err)
	}
	run, _ := goja.AssertFunction(fv)
	require := vm.RT.ToValue(func(c goja.FunctionCall) goja.Value {
		m, err := vm.Require(c.Argument(0).String())
		if err != nil {
			panic(vm.toJSError(err))
		}
		return m
	})
	// node:buffer is written in parallel with this file; until it loads, the
	// Buffer cases cannot run. Say so loudly rather than fail for another
	// package's work in progress.
	_, bufErr := vm.Require("buffer")
	skipped := 0
	for _, c := range cases {
		if bufErr != nil && strings.Contains(c.line, "Buffer.") {
			skipped++
			continue
		}
		raw := strings.HasPrefix(c.line, "@")
		got, err := run(goja.Undefined(), util, require, vm.RT.ToValue(strings.TrimPrefix(c.line, "@")), vm.RT.ToValue(raw))
		if err != nil {
			t.Errorf("%s: %v", c.line, err)
			continue
		}
		reason, gap := knownInspectGaps[c.line]
		diff := cmp.Diff(c.want, got.String())
		switch {
		case gap && diff == "":
			t.Errorf("%s: listed as a known gap (%s) but now matches Node: remove it from knownInspectGaps", c.line, reason)
		case !gap && diff != "":
			t.Errorf("%s: mismatch with Node 26 (-node +tsrun):\n%s", c.line, diff)
		}
	}
	if skipped > 0 {
		t.Logf("NOT RUN: %d Buffer cases, node:buffer does not load: %v", skipped, bufErr)
	}
}

func TestInspectFastPathMatchesJS(t *testing.T) {
	vm, _, _ := newInspectVM(t)
	util := requireUtil(t, vm)
	inspect, _ := goja.AssertFunction(util.Get("inspect"))
	format, _ := goja.AssertFunction(util.Get("format"))
	for _, src := range []string{"1", "-0", "0.1", "1e21", "-1e-7", "NaN", "-Infinity", "2**53", "true", "false",
		"undefined", "null", "10n", "-3n", "'plain'", "'it\\'s'"} {
		v, err := vm.RT.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		want, err := inspect(goja.Undefined(), v)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := inspectPrimitive(v); ok && got != want.String() {
			t.Errorf("inspectPrimitive(%s) = %q, util.inspect gives %q", src, got, want)
		}
		for _, args := range [][]goja.Value{{v}, {vm.RT.ToValue("a"), v}, {v, vm.RT.ToValue("%s")}} {
			want, err := format(goja.Undefined(), args...)
			if err != nil {
				t.Fatal(err)
			}
			if got, ok := formatSimple(args); ok && got != want.String() {
				t.Errorf("formatSimple(%v) = %q, util.format gives %q", args, got, want)
			}
		}
	}
}

func TestInspectGoAPI(t *testing.T) {
	vm, _, _ := newInspectVM(t)
	for _, tc := range []struct{ src, want string }{
		{"'str'", "'str'"},
		{"({ a: [1, 2] })", "{ a: [ 1, 2 ] }"},
		{"new Map([[1, 2]])", "Map(1) { 1 => 2 }"},
		{"-0", "-0"},
	} {
		v, err := vm.RT.RunString(tc.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := vm.Inspect(v); got != tc.want {
			t.Errorf("Inspect(%s) = %q, want %q", tc.src, got, tc.want)
		}
	}
	rt := vm.RT
	if got, want := vm.Format(rt.ToValue("%s=%d"), rt.ToValue("n"), rt.ToValue(5), rt.ToValue("x")), "n=5 x"; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
	// The Go fast path must notice a changed default (the golden case with
	// numericSeparator shows Node's output for it).
	u := requireUtil(t, vm)
	must(u.Get("inspect").ToObject(rt).Get("defaultOptions").ToObject(rt).Set("numericSeparator", true))
	if got, want := vm.Format(rt.ToValue(1234567), rt.ToValue("x")), "1_234_567 x"; got != want {
		t.Errorf("Format with numericSeparator = %q, want %q", got, want)
	}
	if got, want := vm.Inspect(rt.ToValue(-1e6)), "-1_000_000"; got != want {
		t.Errorf("Inspect with numericSeparator = %q, want %q", got, want)
	}
}

// A program that only prints strings must not pay for compiling inspect.js.
func TestInspectNotLoadedForPlainOutput(t *testing.T) {
	vm, stdout, _ := newInspectVM(t)
	if _, err := vm.RT.RunString(`console.log('hi', 1, true); console.log('%'); console.error(null)`); err != nil {
		t.Fatal(err)
	}
	if v := vm.internal.Get(inspectExportsKey); v != nil && !goja.IsUndefined(v) {
		t.Errorf("console.log of primitives loaded js/inspect.js")
	}
	if got, want := stdout.String(), "hi 1 true\n%\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
}

func BenchmarkConsoleLogString(b *testing.B) {
	vm, err := newVM(&processConfig{stdout: discard{}, stderr: discard{}})
	if err != nil {
		b.Fatal(err)
	}
	log, _ := goja.AssertFunction(vm.RT.GlobalObject().Get("console").ToObject(vm.RT).Get("log"))
	arg := vm.RT.ToValue("hello world")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := log(goja.Undefined(), arg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInspectObject(b *testing.B) {
	vm, err := newVM(&processConfig{stdout: discard{}, stderr: discard{}})
	if err != nil {
		b.Fatal(err)
	}
	v, err := vm.RT.RunString(`({ a: 1, b: 'two', c: [1, 2, 3], d: { e: new Map([[1, 2]]) } })`)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		vm.Inspect(v)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// The loader has no V8 module records: it must build namespace objects as
// the spec shapes them (null prototype, sorted exports, a non-enumerable
// Symbol.toStringTag of 'Module', not extensible), and live bindings may be
// getters. Built that way, they print as Node prints real namespaces.
func TestInspectModuleNamespace(t *testing.T) {
	want := inspectGolden(t, "module.stdout")
	vm, stdout, _ := newInspectVM(t)
	src := `
		const util = require('node:util');
		function namespace(bindings) {
			const ns = Object.create(null);
			for (const k of Object.keys(bindings).sort()) {
				Object.defineProperty(ns, k, { get: bindings[k], enumerable: true });
			}
			Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
			return Object.preventExtensions(ns);
		}
		const a = 1;
		let b = { c: [1, 2], d: { e: { f: 1 } } };
		function f() {}
		class K {}
		const zeta = 'last';
		const ns = namespace({ a: () => a, b: () => b, default: () => f, K: () => K, zeta: () => zeta });
		const empty = namespace({});
		console.log(util.inspect(ns));
		console.log(util.inspect({ ns }, { depth: 0 }));
		console.log(util.inspect([ns], { depth: 1 }));
		console.log(util.inspect(empty));
		console.log(util.inspect(ns, { colors: true }));
		console.log(util.types.isModuleNamespaceObject(ns), util.types.isModuleNamespaceObject({}));
	`
	if err := runScriptForTest(vm, src); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, stdout.String()); d != "" {
		t.Errorf("namespace output (-node +tsrun):\n%s", d)
	}
}

// Printing a big Buffer or array must not walk every element: goja lists
// all index keys of an object, which took tens of seconds for a 10 MB
// Buffer before the scans were bounded. The bound is loose on purpose
// (slow CI machines); the failure it guards against is 100x slower.
func TestInspectLargeValuesAreQuick(t *testing.T) {
	vm, _, _ := newInspectVM(t)
	for _, src := range []string{
		"new Uint8Array(1e7)",
		"new Array(2e5).fill(0)",
		"(() => { const a = new Array(2e5).fill(1); delete a[50]; return a })()",
		"new Map(Array.from({ length: 1e4 }, (_, i) => [i, i]))",
		"'x'.repeat(1e7)",
	} {
		v, err := vm.RT.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		vm.Inspect(v)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("inspect(%s) took %v", src, d)
		}
	}
}

// The iterator preview reads goja's unexported iterator state
// (inspect_iter.go). A goja upgrade that changes it must fail here rather
// than quietly bring back `{ <items unknown> }`.
func TestIteratorPreviewLayout(t *testing.T) {
	rt := goja.New()
	v, err := rt.RunString(`const m = new Map([[1, 2], [3, 4]]); const e = m.entries(); e.next();
		[e, new Set([5]).values(), m.keys(), {}, [].values()]`)
	if err != nil {
		t.Fatal(err)
	}
	arr := v.ToObject(rt)
	for i, want := range []struct {
		isIter, isSet bool
		kind, total   int
		items         string
	}{
		{true, false, gojaIterKeyValues, 1, "3 4"},
		{true, true, gojaIterValues, 1, "5"},
		{true, false, gojaIterKeys, 2, "1 3"},
		{}, {},
	} {
		o := arr.Get(strconv.Itoa(i)).(*goja.Object)
		impl, l, known := iteratorImpl(o)
		if !known {
			t.Fatal("goja's Map/Set iterator layout is not the one inspect_iter.go reads: update it for this goja")
		}
		if (l != nil) != want.isIter {
			t.Errorf("object %d: iterator = %v, want %v", i, l != nil, want.isIter)
			continue
		}
		if l == nil {
			continue
		}
		p := l.preview(impl, math.Inf(1))
		var items []string
		for _, it := range p.items {
			items = append(items, it.String())
		}
		if l.isSet != want.isSet || p.kind != want.kind || p.total != want.total || strings.Join(items, " ") != want.items {
			t.Errorf("object %d: set %v kind %d total %d items %q, want %+v", i, l.isSet, p.kind, p.total, items, want)
		}
	}
}

// The preview is read from Go, so the engine's iterators stay goja's own:
// same prototypes, names and lengths, iteration unchanged by printing, and
// an iterator made before inspect.js was loaded previews like a later one.
// The wanted output is Node 26's for the same script.
func TestInspectIteratorsKeepEngineBehaviour(t *testing.T) {
	vm, stdout, _ := newInspectVM(t)
	src := `
		const util = require('node:util');
		const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
		const s = new Set([1, 2, 3]);
		const early = m.keys(); early.next();
		const MapIterProto = Object.getPrototypeOf(m.entries());
		const SetIterProto = Object.getPrototypeOf(s.values());
		const nextBefore = MapIterProto.next;
		console.log(early);
		const it = m.entries();
		console.log([
			Object.getPrototypeOf(it) === MapIterProto, MapIterProto.next === nextBefore,
			it[Symbol.toStringTag], SetIterProto[Symbol.toStringTag],
			it.next.name, it.next.length, Object.getOwnPropertyNames(it).length,
			Map.prototype.entries === Map.prototype[Symbol.iterator],
			Set.prototype.values === Set.prototype[Symbol.iterator], Set.prototype.keys === Set.prototype.values,
			Map.prototype.entries.name, Map.prototype.keys.length, Set.prototype.values.name,
			util.types.isMapIterator(it), util.types.isSetIterator(s.entries()),
		].join(' '));
		console.log(util.inspect(it), util.inspect(it));
		const [first, ...rest] = it;
		console.log(first, rest, util.inspect(it));
		const vals = s.values(); vals.next();
		console.log(vals, Array.from(vals), vals);
		let sum = 0; for (const [k, v] of m) sum += v; for (const v of s) sum += v;
		console.log(sum, [...m.values()], Array.from(s.entries()));
	`
	if err := runScriptForTest(vm, src); err != nil {
		t.Fatal(err)
	}
	want := `[Map Iterator] { 'b', 'c' }
true true Map Iterator Set Iterator next 0 0 true true true entries 0 values true true
[Map Entries] { [ 'a', 1 ], [ 'b', 2 ], [ 'c', 3 ] } [Map Entries] { [ 'a', 1 ], [ 'b', 2 ], [ 'c', 3 ] }
[ 'a', 1 ] [ [ 'b', 2 ], [ 'c', 3 ] ] [Map Entries] {  }
[Set Iterator] {  } [ 2, 3 ] [Set Iterator] {  }
12 [ 1, 2, 3 ] [ [ 1, 1 ], [ 2, 2 ], [ 3, 3 ] ]
`
	if d := cmp.Diff(want, stdout.String()); d != "" {
		t.Errorf("iterators (-node +tsrun):\n%s", d)
	}
}

// Previewing walks the remaining entries once, with no work per step of
// the iteration itself: a big iterator prints as fast as the Map does.
func TestInspectBigIteratorIsQuick(t *testing.T) {
	vm, _, _ := newInspectVM(t)
	v, err := vm.RT.RunString(`(() => { const m = new Map(Array.from({ length: 2e5 }, (_, i) => [i, i])); const it = m.entries(); it.next(); return it })()`)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	got := vm.Inspect(v)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("inspect of a 2e5-entry iterator took %v", d)
	}
	if !strings.HasPrefix(got, "[Map Entries] {\n  [ 1, 1 ],") || !strings.HasSuffix(got, "... 199899 more items\n}") {
		t.Errorf("inspect = %.80q…", got)
	}
}
