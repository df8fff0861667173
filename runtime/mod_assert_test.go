package runtime

import "testing"

func TestQuoteCall(t *testing.T) {
	for _, c := range []struct {
		line string
		col  int
		want string
	}{
		{"assert(x === 1);", 0, "assert(x === 1)"},
		{"t(() => { console.log(\"a\"); assert(x === 1); });", 29, "assert(x === 1)"},
		{"assert.ok(", 7, "assert.ok("},
		{"  assert(x === 1 &&", 2, "assert(x === 1 &&"},
		{"assert(s === ')' && f(1))", 0, "assert(s === ')' && f(1))"},
		{"assert.strict.ok(a[0]) ;", 14, "assert.strict.ok(a[0])"},
	} {
		got, ok := quoteCall(c.line, c.col)
		if !ok || got != c.want {
			t.Errorf("quoteCall(%q, %d) = %q, %v; want %q", c.line, c.col, got, ok, c.want)
		}
	}
	if _, ok := quoteCall("x = 1", 0); ok {
		t.Error("quoteCall of a non-call succeeded")
	}
}

func TestAssertMessages(t *testing.T) {
	res, err := runFiles(t, map[string]string{"main.ts": `
import assert from "node:assert";
const m = (f: () => void) => { try { f(); return "none"; } catch (e: any) { return e.message; } };
const x: number = 2;
console.log(JSON.stringify([
  m(() => assert(x === 1)),
  m(() => assert.strictEqual(1, 2)),
  m(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 })),
  m(() => assert.throws(() => {}, TypeError)),
  m(() => assert.equal(1, 2)),
]));
`}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	want := `["The expression evaluated to a falsy value:\n\n  assert(x === 1)\n",` +
		`"Expected values to be strictly equal:\n\n1 !== 2\n",` +
		`"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n+   b: 2\n-   b: 3\n  }\n",` +
		`"Missing expected exception (TypeError).","1 == 2"]` + "\n"
	if res.stdout != want {
		t.Fatalf("stdout = %s\nwant     %s\nstderr %s", res.stdout, want, res.stderr)
	}
}

func TestAssertUncaughtHeader(t *testing.T) {
	res, err := runFiles(t, map[string]string{"main.cts": `
const assert = require("node:assert");
assert.strictEqual(1, 2);
`}, "main.cts")
	if err != nil {
		t.Fatal(err)
	}
	want := "node:internal/assert/utils:146\n  throw error;\n  ^\n\nAssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n"
	if res.code != 1 || len(res.stderr) < len(want) || res.stderr[:len(want)] != want {
		t.Fatalf("code %d stderr:\n%s", res.code, res.stderr)
	}
}

func TestUTF16ToByte(t *testing.T) {
	line := `const s = "é😀"; assert(s)`
	col := len([]rune(`const s = "é`)) + 2 + len(`"; `) // 😀 is two units
	if got := utf16ColToByte(line, col+1); line[got:] != "assert(s)" {
		t.Fatalf("utf16ToByte = %d (%q)", got, line[got:])
	}
}
