package runtime

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An unresolved static import is reported as Node's fatal report, plus the
// importing file:line:col as its one frame.
func TestResolutionReport(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"lib.ts":                        "export const x = 1;\n",
		"node_modules/pk/package.json":  `{"name":"pk","exports":{"./a":"./a.js"}}`,
		"node_modules/pk/a.js":          "export default 1;\n",
		"sub/index.ts":                  "export default 1;\n",
		"erasable.ts":                   "enum E { A }\nexport const y = E.A;\n",
		"main_erasable_then_missing.ts": "import { y } from './erasable.ts';\nimport { z } from './nope.ts';\n",
	})
	tests := []struct {
		name, src string
		want      []string // lines the report must contain, in order
	}{
		{"missing file", "import { x } from './lbi.ts';\n", []string{
			"node:internal/modules/esm/resolve:241", "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '" + dir + "/lbi.ts' imported from " + dir + "/main.ts",
			"Did you mean to import './lib.ts'?", "    at file://" + dir + "/main.ts:1:19 {", "  code: 'ERR_MODULE_NOT_FOUND',", "  url: 'file://" + dir + "/lbi.ts'", "}", "Node.js " + NodeVersion}},
		{"missing package", "\nimport 'no-such-pkg';\n", []string{
			"node:internal/modules/package_json_reader:343", "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'no-such-pkg' imported from " + dir + "/main.ts",
			"    at file://" + dir + "/main.ts:2:8 {", "  code: 'ERR_MODULE_NOT_FOUND'\n}"}},
		{"not exported", "import 'pk';\n", []string{"node:internal/modules/esm/resolve:282", "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: No \"exports\" main defined in "}},
		{"directory", "import './sub';\n", []string{"node:internal/modules/run_main:111", "Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import '" + dir + "/sub' is not supported", "  url: 'file://" + dir + "/sub'"}},
		{"unknown builtin", "import 'node:nope';\n", []string{"node:internal/modules/esm/translators:481", "Error [ERR_UNKNOWN_BUILTIN_MODULE]: No such built-in module: node:nope", "  code: 'ERR_UNKNOWN_BUILTIN_MODULE'\n}"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			main := filepath.Join(dir, "main.ts")
			if err := os.WriteFile(main, []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			_, err := Run(Options{Filename: main, Stdout: &out, Stderr: &out, NoCache: true})
			var le *LoadError
			if !errors.As(err, &le) || le.NodeReport == "" {
				t.Fatalf("err %v, want a LoadError with Node's report", err)
			}
			rest := le.NodeReport
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("report lacks %q (in order):\n%s", w, le.NodeReport)
				}
				rest = rest[i+len(w):]
			}
		})
	}
	// A non-erasable module met first keeps tsrun's own listing.
	_, err := Run(Options{Filename: filepath.Join(dir, "main_erasable_then_missing.ts"), NoCache: true})
	var le *LoadError
	if !errors.As(err, &le) || le.NodeReport != "" || len(le.Diagnostics) == 0 || le.Diagnostics[0].Code != 1294 {
		t.Fatalf("erasable error first: %#v", err)
	}
}
