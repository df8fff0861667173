package runtime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// utilEval evaluates expr with `util` bound to node:util.
func utilEval(t *testing.T, vm *VM, expr string) goja.Value {
	t.Helper()
	fn, err := vm.RT.RunString("(function (util) { return (" + expr + ") })")
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	f, _ := goja.AssertFunction(fn)
	v, err := f(goja.Undefined(), requireUtil(t, vm))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// Each expression must evaluate to true in Node 26 as in tsrun.
func TestUtilBehaviour(t *testing.T) {
	vm, _, _ := newInspectVM(t)
	for _, expr := range []string{
		// isDeepStrictEqual
		`util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })`,
		`!util.isDeepStrictEqual({ a: 1 }, { a: '1' })`,
		`!util.isDeepStrictEqual([1, , 3], [1, undefined, 3])`,
		`util.isDeepStrictEqual(NaN, NaN)`,
		`!util.isDeepStrictEqual(0, -0)`,
		`!util.isDeepStrictEqual({}, Object.create(null))`,
		`util.isDeepStrictEqual(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']]))`,
		`!util.isDeepStrictEqual(new Map([[1, 'v']]), new Map([[1, 'w']]))`,
		`util.isDeepStrictEqual(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1]))`,
		`!util.isDeepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 2 }]))`,
		`util.isDeepStrictEqual(new Date(5), new Date(5))`,
		`!util.isDeepStrictEqual(new Date(5), new Date(6))`,
		`!util.isDeepStrictEqual(/a/g, /a/i)`,
		`util.isDeepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))`,
		`!util.isDeepStrictEqual(new Uint8Array([1, 2]), new Int8Array([1, 2]))`,
		`!util.isDeepStrictEqual(new Error('a'), new Error('b'))`,
		`!util.isDeepStrictEqual(new Number(1), new Number(2))`,
		`(() => { const a = { x: 1 }; a.self = a; const b = { x: 1 }; b.self = b; return util.isDeepStrictEqual(a, b) })()`,
		`!util.isDeepStrictEqual({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 })`,
		`!util.isDeepStrictEqual([1, 2], { 0: 1, 1: 2, length: 2 })`,
		// types
		`util.types.isPromise(Promise.resolve()) && !util.types.isPromise({ then() {} })`,
		`util.types.isProxy(new Proxy({}, {})) && !util.types.isProxy({})`,
		`util.types.isAsyncFunction(async () => {}) && !util.types.isAsyncFunction(() => {})`,
		`util.types.isGeneratorFunction(function* () {}) && !util.types.isGeneratorFunction(function () {})`,
		`util.types.isBoxedPrimitive(Object(1n)) && util.types.isBoxedPrimitive(new String('')) && !util.types.isBoxedPrimitive(1)`,
		`util.types.isNativeError(new TypeError()) && !util.types.isNativeError(Object.create(Error.prototype))`,
		`util.types.isTypedArray(new Float64Array(1)) && !util.types.isTypedArray([]) && util.types.isUint8Array(new Uint8Array(1))`,
		`util.types.isMap(new Map()) && !util.types.isMap(new WeakMap()) && util.types.isWeakMap(new WeakMap())`,
		`util.types.isSet(new Set()) && util.types.isWeakSet(new WeakSet()) && !util.types.isSet([])`,
		`util.types.isDate(new Date()) && util.types.isRegExp(/x/) && !util.types.isRegExp({})`,
		`util.types.isArrayBuffer(new ArrayBuffer(1)) && util.types.isArrayBufferView(new DataView(new ArrayBuffer(1)))`,
		`util.types.isMapIterator(new Map().keys()) && util.types.isSetIterator(new Set().values())`,
		`util.types.isArgumentsObject((function () { return arguments })()) && !util.types.isArgumentsObject([])`,
		// the rest of the module
		`util.inspect.custom === Symbol.for('nodejs.util.inspect.custom')`,
		`util.promisify.custom === Symbol.for('nodejs.util.promisify.custom')`,
		`util.inspect.defaultOptions.depth === 2 && util.inspect.defaultOptions.breakLength === 80`,
		`(() => { function A() {} function B() {} util.inherits(A, B); return A.super_ === B && new A() instanceof B })()`,
		`util.stripVTControlCharacters('\u001b[31mred\u001b[39m') === 'red'`,
		`util.toUSVString('a\ud800b') === 'a\ufffdb' && util.toUSVString('\ud83d\ude00') === '\ud83d\ude00'`,
		`util.styleText('red', 'x', { validateStream: false }) === '\u001b[31mx\u001b[39m'`,
		`util.styleText(['bold', 'red'], 'x', { validateStream: false }) === '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m'`,
		`util.styleText('red', 'x') === 'x'`,
		`(() => { try { util.styleText('nocolor', 'x') } catch (e) { return e.code === 'ERR_INVALID_ARG_VALUE' } })()`,
		`(() => { try { util.promisify(1) } catch (e) { return e.code === 'ERR_INVALID_ARG_TYPE' && e.message === 'The "original" argument must be of type function. Received type number (1)' } })()`,
		`util.isArray([]) && !util.isArray({})`,
		`util.format('%s', 'x') === 'x'`,
		`(() => { const f = function (a, cb) {}; f[util.promisify.custom] = () => 'c'; return util.promisify(f) === f[util.promisify.custom] })()`,
		`util.callbackify(async function named() {}).name === 'namedCallbackified'`,
		`util.debuglog('nothing').enabled === false`,
	} {
		if v := utilEval(t, vm, expr); !v.ToBoolean() {
			t.Errorf("%s: false", expr)
		}
	}
}

// Asynchronous helpers settle through the loop: run them to completion.
func TestUtilPromisifyCallbackify(t *testing.T) {
	vm, stdout, stderr := newInspectVM(t)
	src := `
		const util = require('node:util');
		const ok = (x, cb) => cb(null, x * 2);
		const fail = (cb) => cb(new Error('bad'));
		const throws = () => { throw new Error('sync') };
		util.promisify(ok)(21).then((v) => console.log('ok', v));
		util.promisify(fail)().catch((e) => console.log('fail', e.message));
		util.promisify(throws)().catch((e) => console.log('throws', e.message));
		util.callbackify(async (x) => x + 1)(1, (err, v) => console.log('cb', err, v));
		util.callbackify(async () => { throw null })((err) => console.log('falsy', err.code, err.reason));
		const dep = util.deprecate(() => 'r', 'old api', 'DEP_T');
		console.log(dep(), dep());
	`
	if err := runScriptForTest(vm, src); err != nil {
		t.Fatalf("%v\nstderr: %s", err, stderr)
	}
	got := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	want := map[string]bool{"r r": true, "ok 42": true, "fail bad": true, "throws sync": true, "cb null 2": true, "falsy ERR_FALSY_VALUE_REJECTION null": true}
	for _, l := range got {
		if !want[l] {
			t.Errorf("unexpected line %q", l)
		}
		delete(want, l)
	}
	for l := range want {
		t.Errorf("missing line %q (stdout %q)", l, stdout)
	}
	if n := strings.Count(stderr.String(), "old api"); n != 1 {
		t.Errorf("deprecation warned %d times, want once: %q", n, stderr)
	}
}

// runScriptForTest runs src as the main script, with a require for
// builtins, through the loop until it is idle.
func runScriptForTest(vm *VM, src string) error {
	must(vm.RT.Set("require", func(c goja.FunctionCall) goja.Value {
		m, err := vm.Require(c.Argument(0).String())
		if err != nil {
			panic(vm.toJSError(err))
		}
		return m
	}))
	code := vm.runMain(func() error {
		_, err := vm.RT.RunString(src)
		return err
	}, false)
	if code != 0 {
		return fmt.Errorf("exit code %d", code)
	}
	return nil
}
