package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// writeTree creates files (path → text) below a new temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// lines renders diagnostics as tsc --pretty false lines, hints left out.
func lines(ds []diag.Diagnostic) []string {
	out := []string{}
	for _, d := range ds {
		d.Hint = ""
		var b bytes.Buffer
		_ = diag.WriteText(&b, []diag.Diagnostic{d})
		out = append(out, strings.TrimSuffix(b.String(), "\n"))
	}
	return out
}

// expectCheck runs a check and compares its lines.
func expectCheck(t *testing.T, opts Options, want ...string) {
	t.Helper()
	if want == nil {
		want = []string{}
	}
	res, err := Check(opts)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	if diff := cmp.Diff(want, lines(res.Diagnostics)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func fileNames(res *Result) []string {
	var out []string
	for _, f := range res.Files {
		out = append(out, f.File.Name)
	}
	return out
}

const ts1294 = "error TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled."

func TestStripJSONC(t *testing.T) {
	in := `{
  // comment
  "a": "http://x/*y*/", /* block
  comment */ "b": [1, 2,],
  "c": {"d": "\"//",},
}`
	var got map[string]any
	if err := json.Unmarshal(StripJSONC([]byte(in)), &got); err != nil {
		t.Fatalf("not JSON after stripping: %v\n%s", err, StripJSONC([]byte(in)))
	}
	want := map[string]any{"a": "http://x/*y*/", "b": []any{1.0, 2.0}, "c": map[string]any{"d": `"//`}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestWalkWithoutConfig(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.ts": "", "src/b.mts": "", "src/c.cts": "", "types/d.d.ts": "", "e.tsx": "", "f.js": "",
		"node_modules/x/index.ts": "", ".cache/g.ts": "", "src/.hidden/h.ts": "",
	})
	res, err := Check(Options{Dir: dir, Mode: SyntaxOnly})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a.ts", "src/b.mts", "src/c.cts", "types/d.d.ts"}, fileNames(res)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
}

func TestTSConfig(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"tsconfig.json": `{
			// tsc's JSON: comments and trailing commas
			"extends": "./base.json",
			"include": ["src", "scripts/*.ts",],
			"exclude": ["src/gen", "**/*.test.ts"],
		}`,
		"base.json":        `{"compilerOptions": {"isolatedModules": true}}`,
		"src/a.ts":         "namespace N { declare const enum E { A } }\n",
		"src/deep/b.ts":    "",
		"src/gen/c.ts":     "enum Gen {}",
		"src/a.test.ts":    "enum T {}",
		"scripts/s.ts":     "",
		"scripts/sub/t.ts": "",
		"other/o.ts":       "enum O {}",
		"src/.dot/d.ts":    "",
	})
	res, err := Check(Options{Dir: dir, Mode: ErasableOnly})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"scripts/s.ts", "src/a.ts", "src/deep/b.ts"}, fileNames(res)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	// isolatedModules (from the base config) makes a const-enum-only
	// namespace instantiated, as tsc's shouldPreserveConstEnums does.
	if diff := cmp.Diff([]string{"src/a.ts(1,11): " + ts1294}, lines(res.Diagnostics)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func TestTSConfigFiles(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"tsconfig.json": `{"files": ["main.ts"]}`,
		"main.ts":       "enum E {}",
		"other.ts":      "enum F {}",
	})
	expectCheck(t, Options{Dir: dir, Mode: ErasableOnly}, "main.ts(1,6): "+ts1294)

	dir = writeTree(t, map[string]string{"tsconfig.json": `{"files": ["missing.ts"]}`})
	if _, err := Check(Options{Dir: dir}); !isInputError(err) {
		t.Errorf("missing file in tsconfig: got %v, want an InputError", err)
	}
	dir = writeTree(t, map[string]string{"tsconfig.json": `{"files": [`})
	if _, err := Check(Options{Dir: dir}); !isInputError(err) {
		t.Errorf("broken tsconfig: got %v, want an InputError", err)
	}
}

func TestSkipLibCheck(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"tsconfig.json": `{"compilerOptions": {"skipLibCheck": true}}`,
		"a.d.ts":        "declare class C { constructor(public x: number) }",
	})
	expectCheck(t, Options{Dir: dir, Mode: ErasableOnly})
}

func isInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

func TestPathsAndModes(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.ts":     "enum E { A }\n",
		"sub/b.ts": "class C { constructor(private x: number) {} }\n",
		"c.ts":     "let x = 1;\n",
	})
	want := []string{"a.ts(1,6): " + ts1294, "sub/b.ts(1,23): " + ts1294}
	expectCheck(t, Options{Dir: dir, Paths: []string{"a.ts", "sub", "c.ts"}, Mode: ErasableOnly}, want...)
	expectCheck(t, Options{Dir: dir, Paths: []string{"a.ts", "sub"}, Mode: Full}, want...)
	expectCheck(t, Options{Dir: dir, Paths: []string{"a.ts", "sub"}, Mode: SyntaxOnly})
	// The same file twice is checked once.
	expectCheck(t, Options{Dir: dir, Paths: []string{"a.ts", "./a.ts"}, Mode: ErasableOnly}, want[0])
	// Paths outside the folder print as tsc prints them, relative.
	expectCheck(t, Options{Dir: filepath.Join(dir, "sub"), Paths: []string{"../a.ts"}, Mode: ErasableOnly}, "../a.ts(1,6): "+ts1294)
}

// TestSyntaxErrorsAlone: like tsc, when any file has a syntax error only
// syntax errors are reported, for every file.
func TestSyntaxErrorsAlone(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.ts": "enum E { A }\n",
		"b.ts": "let x = (1;\n",
	})
	res, err := Check(Options{Dir: dir, Mode: ErasableOnly})
	if err != nil {
		t.Fatal(err)
	}
	got := lines(res.Diagnostics)
	if len(got) == 0 || strings.Contains(strings.Join(got, "\n"), "TS1294") || !strings.HasPrefix(got[0], "b.ts(") {
		t.Errorf("want only b.ts's syntax errors, got %q", got)
	}
}

func TestInputErrors(t *testing.T) {
	dir := writeTree(t, map[string]string{"bad.ts": "let s = \"\xff\";\n"})
	for _, tt := range []struct {
		paths []string
		want  string
	}{
		{[]string{"missing.ts"}, "missing.ts: cannot read: no such file or directory"},
		{[]string{"bad.ts"}, "bad.ts: not valid UTF-8 (invalid byte at offset 9); save it as UTF-8"},
	} {
		_, err := Check(Options{Dir: dir, Paths: tt.paths})
		if !isInputError(err) || err.Error() != tt.want {
			t.Errorf("%v: got %v, want InputError %q", tt.paths, err, tt.want)
		}
	}
	if os.Geteuid() != 0 { // root reads anything
		p := filepath.Join(dir, "secret.ts")
		if err := os.WriteFile(p, []byte("x"), 0o000); err != nil {
			t.Fatal(err)
		}
		if _, err := Check(Options{Dir: dir, Paths: []string{"secret.ts"}}); !isInputError(err) {
			t.Errorf("unreadable file: got %v", err)
		}
	}
}

func TestStdin(t *testing.T) {
	dir := t.TempDir()
	in := strings.NewReader("export const y = <number>x;\n")
	expectCheck(t, Options{Dir: dir, Stdin: in, StdinPath: "src/a.mts", Mode: ErasableOnly},
		"src/a.mts(1,18): "+ts1294,
		"src/a.mts(1,18): error TS7059: This syntax is reserved in files with the .mts or .cts extension. Use an `as` expression instead.")
	// The name picks the dialect: a .d.ts is ambient.
	expectCheck(t, Options{Dir: dir, Stdin: strings.NewReader("export enum E { A }"), StdinPath: "a.d.ts", Mode: ErasableOnly})
}

// TestDeterministic checks that the parallel driver gives the same output
// whatever the number of workers.
func TestDeterministic(t *testing.T) {
	files := map[string]string{}
	for i := range 40 {
		files[fmt.Sprintf("f%02d.ts", i)] = strings.Repeat("enum E { A }\nnamespace N { ; }\n", i%5+1)
	}
	dir := writeTree(t, files)
	one, err := Check(Options{Dir: dir, Workers: 1, Mode: ErasableOnly})
	if err != nil {
		t.Fatal(err)
	}
	many, err := Check(Options{Dir: dir, Workers: 8, Mode: ErasableOnly})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(lines(one.Diagnostics), lines(many.Diagnostics)); diff != "" {
		t.Errorf("1 vs 8 workers (-1 +8):\n%s", diff)
	}
	if len(one.Diagnostics) != 240 {
		t.Errorf("got %d diagnostics, want 240", len(one.Diagnostics))
	}
}

func TestTypeCheckerHook(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.ts": "let x = 1;\n"})
	called := 0
	tc := TypeCheckerFunc(func(files []*syntax.SourceFile, cfg *Config) []diag.Diagnostic {
		called++
		return []diag.Diagnostic{diag.New(files[0].File, 4, 5, &diag.Message{Code: 2322, Text: "Type 'number' is not assignable to type 'string'."})}
	})
	expectCheck(t, Options{Dir: dir, TypeChecker: tc}, "a.ts(1,5): error TS2322: Type 'number' is not assignable to type 'string'.")
	expectCheck(t, Options{Dir: dir, TypeChecker: tc, Mode: ErasableOnly})
	if called != 1 {
		t.Errorf("type checker called %d times, want 1 (Full mode only)", called)
	}
}

// TestFollowsImports: like tsc, files reached through relative imports are
// checked too.
func TestFollowsImports(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.ts": `/// <reference path="./ref.d.ts" />
import { b } from "./b.js";
export * from "./c";
import fs = require("./d.cjs");
type T = import("./e").E;
const lazy = import("./f.mjs");
import "pkg";
import "./node_modules/x/index.js";
`,
		"b.ts":                    "export const b = 1; enum B {}\n",
		"c/index.ts":              "enum C {}\n",
		"d.cts":                   "enum D {}\n",
		"e.d.ts":                  "export declare class E { constructor(public x: number) }\n",
		"f.mts":                   "enum F {}\n",
		"ref.d.ts":                "declare class R { constructor(private r: number) }\n",
		"node_modules/x/index.ts": "enum X {}\n",
		"unrelated.ts":            "enum U {}\n",
	})
	res, err := Check(Options{Dir: dir, Paths: []string{"main.ts"}, Mode: ErasableOnly})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"b.ts", "c/index.ts", "d.cts", "e.d.ts", "f.mts", "main.ts", "ref.d.ts"}
	if diff := cmp.Diff(want, fileNames(res)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	if got := len(res.Diagnostics); got != 7 {
		t.Errorf("got %d diagnostics, want 7 (import =, and one per imported file): %q", got, lines(res.Diagnostics))
	}
}

func TestCheckerOptions(t *testing.T) {
	yes, no := true, false
	if o := CheckerOptions(nil); !o.Strict || !o.StrictNullChecks {
		t.Errorf("no tsconfig: want strict, got %+v", o)
	}
	// tsc 5.9: strict defaults to false in a tsconfig, and each flag
	// follows strict unless set.
	if o := CheckerOptions(&Config{}); o.Strict || o.StrictNullChecks || o.NoImplicitAny {
		t.Errorf("empty tsconfig: want non-strict, got %+v", o)
	}
	o := CheckerOptions(&Config{Options: CompilerOptions{Strict: &yes, NoImplicitAny: &no}})
	if !o.StrictNullChecks || o.NoImplicitAny {
		t.Errorf("strict with noImplicitAny false: got %+v", o)
	}
}

// TestFullModeRunsTheChecker: the default type checker is package checker.
func TestFullModeRunsTheChecker(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.ts": "const s: string = 1;\n"})
	res, err := Check(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	got := lines(res.Diagnostics)
	if len(got) != 1 || !strings.HasPrefix(got[0], "a.ts(1,7): error TS2322:") {
		t.Errorf("want tsc's TS2322 at 1,7, got %q", got)
	}
	expectCheck(t, Options{Dir: dir, Mode: ErasableOnly})
}

// TestStdinFollowsImports: an editor's buffer imports files from its folder.
func TestStdinFollowsImports(t *testing.T) {
	dir := writeTree(t, map[string]string{"src/b.ts": "export enum B {}\n", "src/a.ts": "enum OnDisk {}\n"})
	res, err := Check(Options{Dir: dir, Stdin: strings.NewReader("import { B } from './b.js';\nimport './a.js';\n"), StdinPath: "src/a.ts", Mode: ErasableOnly})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"src/a.ts", "src/b.ts"}, fileNames(res)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	// The buffer, not the file on disk, is src/a.ts.
	if diff := cmp.Diff([]string{"src/b.ts(1,13): " + ts1294}, lines(res.Diagnostics)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}
