package runtime

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type runResult struct {
	stdout, stderr string
	code           int
}

// runFiles writes files into a temp dir and runs the first one (by name
// main.*) with Run.
func runFiles(t *testing.T, files map[string]string, main string) (runResult, error) {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	code, err := Run(Options{Filename: filepath.Join(dir, main), Args: []string{"a1"}, Stdout: &out, Stderr: &errb,
		Stdin: strings.NewReader(""), Env: []string{"TSRUN_T=yes"}})
	return runResult{strings.ReplaceAll(out.String(), dir, "<dir>"), strings.ReplaceAll(errb.String(), dir, "<dir>"), code}, err
}

// log is written with process.stdout.write so these tests do not depend
// on console.
func TestRunEntry(t *testing.T) {
	const log = "const log = (...a: unknown[]) => process.stdout.write(a.join(' ') + '\\n');\n"
	tests := []struct {
		name  string
		files map[string]string
		main  string
		want  runResult
	}{
		{"cjs order: ticks first", map[string]string{"main.ts": log +
			"Promise.resolve().then(() => log('promise'));\nprocess.nextTick(() => log('tick'));\n"},
			"main.ts", runResult{"tick\npromise\n", "", 0}},
		{"esm order: promise jobs first", map[string]string{"main.mts": log +
			"Promise.resolve().then(() => log('promise'));\nprocess.nextTick(() => log('tick'));\n"},
			"main.mts", runResult{"promise\ntick\n", "", 0}},
		{"detected esm by import", map[string]string{"main.ts": "import { sep } from 'node:path';\n" + log +
			"Promise.resolve().then(() => log('promise', sep));\nprocess.nextTick(() => log('tick'));\n"},
			"main.ts", runResult{"promise /\ntick\n", "", 0}},
		{"package.json type module", map[string]string{"package.json": `{"type":"module"}`, "main.ts": log +
			"log(typeof module, typeof exports, this === undefined);\n"},
			"main.ts", runResult{"undefined undefined true\n", "", 0}},
		{"cjs scope", map[string]string{"main.cts": log +
			"log(typeof require, module.id, __filename.endsWith('main.cts'), this === module.exports, require.main === module);\n"},
			"main.cts", runResult{"function . true true true\n", "", 0}},
		{"require builtins with and without node:", map[string]string{"main.cts": log +
			"log(require('path') === require('node:path'), require('path').join('a', 'b'));\n"},
			"main.cts", runResult{"true a/b\n", "", 0}},
		{"top-level await", map[string]string{"main.mts": log +
			"const v: number = await new Promise((r) => setTimeout(() => r(42), 1));\nlog('got', v);\n"},
			"main.mts", runResult{"got 42\n", "", 0}},
		{"import.meta", map[string]string{"main.mts": log +
			"log(import.meta.url.startsWith('file:///'), import.meta.filename.endsWith('main.mts'));\n"},
			"main.mts", runResult{"true true\n", "", 0}},
		{"argv and env", map[string]string{"main.ts": log +
			"log(process.argv.length, process.argv[1].endsWith('main.ts'), process.argv[2], process.env.TSRUN_T);\n"},
			"main.ts", runResult{"3 true a1 yes\n", "", 0}},
		{"unsettled top-level await", map[string]string{"main.mts": log +
			"process.on('exit', (c) => log('exit', c));\nawait new Promise(() => {});\n"},
			"main.mts", runResult{"exit 13\n",
				"Warning: Detected unsettled top-level await at file://<dir>/main.mts:3\nawait new Promise(() => {});\n^\n\n\n\n", 13}},
		{"lowered syntax runs", map[string]string{"main.ts": log +
			"async function* g() { yield 1; yield 2; }\n(async () => { for await (const x of g()) log(x); })();\n"},
			"main.ts", runResult{"1\n2\n", "", 0}},
		{"uncaught error points at the .ts line", map[string]string{"main.ts": "const n: number = 1;\n\nfunction f(x: number): never {\n  throw new Error('bad ' + x);\n}\nf(n);\n"},
			"main.ts", runResult{"", "file://<dir>/main.ts:4\n  throw new Error('bad ' + x);\n  ^\n\nError: bad 1\n" +
				"    at f (file://<dir>/main.ts:4:9)\n    at Object.<anonymous> (file://<dir>/main.ts:6:1)\n\nNode.js " + NodeVersion + "\n", 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := runFiles(t, tt.files, tt.main)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(runResult{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestRunLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		main  string
		want  string
	}{
		{"missing", nil, "nope.ts", "error TS6053: File '<dir>/nope.ts' not found.\n"},
		{"directory", map[string]string{"d/x.ts": ""}, "d", "error TS90001: Cannot read file '<dir>/d': it is a directory.\n"},
		{"not utf-8", map[string]string{"main.ts": "let a = '\xff';"}, "main.ts", "error TS90002: File '<dir>/main.ts' is not valid UTF-8 (invalid byte at offset 9); save it as UTF-8.\n"},
		// Syntax errors come from our parser, with tsc's code and position.
		{"syntax error", map[string]string{"main.ts": "let a = ;\n"}, "main.ts", "<dir>/main.ts(1,9): error TS1109: Expression expected.\n"},
		// The whole import graph is loaded before anything runs.
		{"missing import", map[string]string{"main.mts": "import { x } from './x.ts';\n"}, "main.mts",
			"<dir>/main.mts(1,19): error TS90301: Cannot find module '<dir>/x.ts' imported from <dir>/main.mts\n"},
		{"non-erasable in an imported module", map[string]string{"main.ts": "import { E } from './e.ts';\nenum F { A }\n", "e.ts": "export enum E { A }\n"}, "main.ts",
			"<dir>/e.ts(1,13): error TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n" +
				"<dir>/main.ts(2,6): error TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tt.files {
				p := filepath.Join(dir, name)
				must(os.MkdirAll(filepath.Dir(p), 0o755))
				must(os.WriteFile(p, []byte(text), 0o644))
			}
			code, err := Run(Options{Filename: filepath.Join(dir, tt.main)})
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("err = %v (code %d), want a *LoadError", err, code)
			}
			var b strings.Builder
			for _, d := range le.Diagnostics {
				if d.File != nil {
					line, col := d.File.Position(d.Pos)
					fmt.Fprintf(&b, "%s(%d,%d): ", strings.ReplaceAll(d.File.Name, dir, "<dir>"), line, col)
				}
				fmt.Fprintf(&b, "error TS%d: %s\n", d.Code, strings.ReplaceAll(d.Message, dir, "<dir>"))
			}
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if code != 1 {
				t.Errorf("code %d, want 1", code)
			}
		})
	}
}

func TestEntryKind(t *testing.T) {
	dir := t.TempDir()
	must(os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"type":"commonjs"}`), 0o644))
	must(os.MkdirAll(filepath.Join(dir, "m"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "m", "package.json"), []byte(`{"name":"x","type":"module"}`), 0o644))
	must(os.MkdirAll(filepath.Join(dir, "m", "n"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "m", "n", "package.json"), []byte(`{"name":"no type"}`), 0o644))
	tests := map[string]moduleKind{
		"a.mts": kindESM, "a.cts": kindCJS, "a.ts": kindCJS, "m/a.ts": kindESM, "m/a.cts": kindCJS,
		"m/n/a.ts": kindDetect, // the nearest package.json decides, even without "type"
	}
	for name, want := range tests {
		if got := entryKind(filepath.Join(dir, name)); got != want {
			t.Errorf("entryKind(%s) = %v, want %v", name, got, want)
		}
	}
}

// BenchmarkRunHello is `tsrun hello.ts` without process startup:
// go test ./runtime -run XXX -bench RunHello
func BenchmarkRunHello(b *testing.B) {
	dir := b.TempDir()
	name := filepath.Join(dir, "hello.ts")
	must(os.WriteFile(name, []byte("const who: string = 'world';\nconsole.log(`hello ${who}`);\n"), 0o644))
	for b.Loop() {
		if code, err := Run(Options{Filename: name, Stdout: io.Discard, Stderr: io.Discard}); code != 0 || err != nil {
			b.Fatal(code, err)
		}
	}
}
