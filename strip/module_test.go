package strip

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tsrun-dev/tsrun/diag"
)

func module(t *testing.T, src string) (ModuleResult, []diag.Diagnostic) {
	t.Helper()
	return Module(diag.NewFile("/src/main.ts", src), ModuleOptions{
		IsBuiltin:      func(s string) bool { return strings.TrimPrefix(s, "node:") == "fs" },
		RequireName:    "__req",
		ImportMetaName: "__meta",
		ResolveDir:     "/src",
	})
}

func TestModuleDetectsESM(t *testing.T) {
	tests := []struct {
		src string
		esm bool
	}{
		{"console.log(1);\n", false},
		{"module.exports = 1;\n", false},
		{"const x: number = await Promise.resolve(1);\n", true},
		{"export const x = 1;\n", true},
		{"console.log(import.meta.url);\n", true},
		{"import fs from 'node:fs';\nfs.readFileSync;\n", true},
		{"async function f() { await 1; }\n", false},
	}
	for _, tt := range tests {
		r, ds := module(t, tt.src)
		if len(ds) > 0 {
			t.Errorf("%q: %s", tt.src, ds[0].Message)
			continue
		}
		if r.ESM != tt.esm {
			t.Errorf("%q: ESM = %v, want %v", tt.src, r.ESM, tt.esm)
		}
	}
}

func TestModuleOutput(t *testing.T) {
	r, ds := module(t, "import { readFileSync as r } from 'fs';\nexport const x: number = 1;\nawait r;\nconsole.log(import.meta.url);\n")
	if len(ds) > 0 {
		t.Fatal(ds[0].Message)
	}
	for _, want := range []string{`__req("fs")`, "await import_fs.readFileSync", "__meta.url"} {
		if !strings.Contains(r.Code, want) {
			t.Errorf("output lacks %q:\n%s", want, r.Code)
		}
	}
	for _, bad := range []string{"export ", "import "} {
		if strings.Contains(r.Code, bad) {
			t.Errorf("output keeps %q:\n%s", bad, r.Code)
		}
	}
}

func TestModuleRefusesFileImports(t *testing.T) {
	_, ds := module(t, "import { a } from './lib.ts';\nconsole.log(a);\n")
	var b strings.Builder
	_ = diag.WriteText(&b, ds)
	want := "/src/main.ts(1,19): error TS90102: Cannot import './lib.ts': importing files from an ES module is not supported yet (only node: builtins).\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// The bundler's map lists the builtin stand-ins too; mappings index that
// list, so it must keep its length (goja's reader indexes it unchecked).
func TestModuleSourceMapKeepsStandIns(t *testing.T) {
	r, ds := Module(diag.NewFile("/src/main.ts", "import fs from 'fs';\nconsole.log(fs);\n"), ModuleOptions{
		Options:   Options{SourceMap: true, ForGoja: true, SourceName: "file:///src/main.ts"},
		IsBuiltin: func(string) bool { return true }, RequireName: "__req", ImportMetaName: "__meta",
	})
	if len(ds) > 0 {
		t.Fatal(ds[0].Message)
	}
	m := decodeMap(t, r.Code)
	if diff := cmp.Diff([]string{"tsrun-builtin:fs", "file:///src/main.ts"}, m.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}
