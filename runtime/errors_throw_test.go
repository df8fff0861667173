package runtime

import (
	"strings"
	"testing"
)

// TestUncaughtHeaderSite: the header of the fatal report names the site
// Node 26 names (each case checked against it): the last throw statement
// for an exception nobody caught, the construction for a rejection or a
// failed ES module evaluation (past the super() calls of Error subclass
// constructors).
func TestUncaughtHeaderSite(t *testing.T) {
	tests := []struct {
		name, main, src string
		want            string // the header's first two lines
	}{
		{"made early, thrown later", "main.ts",
			"const e = new Error('x');\nfunction f() {\n  throw e;\n}\nf();\n",
			"main.ts:3\n  throw e;"},
		{"rethrown from catch", "main.ts",
			"const e = new Error('x');\ntry { throw e; } catch (err) {\n  throw err;\n}\n",
			"main.ts:3\n  throw err;"},
		{"finally keeps the first throw", "main.ts",
			"const e = new Error('x');\ntry {\n  throw e;\n} finally {\n  console.log('f');\n}\n",
			"main.ts:3\n  throw e;"},
		{"callback in an ES module", "main.mts",
			"const e = new Error('x');\nsetTimeout(() => {\n  throw e;\n}, 1);\n",
			"main.mts:3\n  throw e;"},
		{"module evaluation points at the construction", "main.mts",
			"const e = new Error('x');\nfunction f() {\n  throw e;\n}\nf();\n",
			"main.mts:1\nconst e = new Error('x');"},
		{"rejection skips subclass constructors", "main.ts",
			"class E extends Error {\n  constructor(m: string) { super(m); }\n}\nconst e = new E('x');\nPromise.reject(e);\n",
			"main.ts:4\nconst e = new E('x');"},
		{"unhandled 'error' event: thrown by emit", "main.ts",
			"const { EventEmitter } = require('node:events');\nnew EventEmitter().emit('error', new Error('x'));\n",
			"node:events:505\n    throw er; // Unhandled 'error' event"},
		{"unhandled 'error' event in module evaluation: made", "main.mts",
			"import { EventEmitter } from 'node:events';\nnew EventEmitter().emit('error', new Error('x'));\n",
			"main.mts:2\nnew EventEmitter().emit('error', new Error('x'));"},
		{"thrown string", "main.ts",
			"const v = 1;\nthrow 'boom';\n",
			"main.ts:2\nthrow 'boom';"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := runFiles(t, map[string]string{tt.main: tt.src}, tt.main)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.TrimPrefix(res.stderr, "\n")
			got = strings.TrimPrefix(got, "file://<dir>/")
			if !strings.HasPrefix(got, tt.want+"\n") || res.code != 1 {
				t.Errorf("stderr:\n%s\nwant it to start with:\n%s", res.stderr, tt.want)
			}
		})
	}
}

// TestCompileUserKeepsThrows: the marked throw throws the same value, and
// the hook records where.
func TestCompileUserKeepsThrows(t *testing.T) {
	vm, err := newVM(&processConfig{argv: []string{"node", "t.js"}, stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	prg, err := compileUser("/x/t.js", "var o = {};\ntry {\n  (() => { throw o; })();\n} catch (e) { e === o ? 'same' : 'other' }")
	if err != nil {
		t.Fatal(err)
	}
	v, err := vm.RT.RunProgram(prg)
	if err != nil || v.String() != "same" {
		t.Fatalf("got %v, %v; want same", v, err)
	}
	p, ok := vm.lastThrow(vm.RT.Get("o"))
	if want := (framePos{"/x/t.js", 3, 12}); !ok || p != want {
		t.Errorf("lastThrow = %v, %v; want %v", p, ok, want)
	}
	if _, ok := vm.lastThrow(vm.RT.ToValue(1)); ok {
		t.Errorf("lastThrow matched a value never thrown")
	}
	if _, err := compileUser("t.js", "throw ("); err == nil {
		t.Errorf("compileUser accepted a syntax error")
	}
}
