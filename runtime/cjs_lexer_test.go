package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// expectCJSNames writes files (name → source) to a temporary folder and
// checks the named exports found in main.cjs.
func expectCJSNames(t *testing.T, files map[string]string, want string) {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := strings.Join(cjsExportNames(filepath.Join(dir, "main.cjs")), ",")
	if got != want {
		t.Errorf("names of %q:\n got %s\nwant %s", files["main.cjs"], got, want)
	}
}

func TestCJSExportNames(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`exports.a = 1; module.exports.b = 2; exports["c-d"] = 3; exports.e == 4;`, "a,b,c-d"},
		{`Object.defineProperty(exports, "x", { enumerable: true, get: function () { return y.x; } });`, "x"},
		{`module.exports = { helper, version: "1.0", later };`, "helper"},
		{`module.exports = { a: a, 'b': b, c }`, "a,b,c"},
		{`// exports.commented = 1
/* exports.block = 2 */ const s = "exports.inString = 3";`, ""},
		{`exports[key] = 1; exports.default = 2;`, ""},
		{`0 && (module.exports = { alpha, beta });`, "alpha,beta"},
	} {
		expectCJSNames(t, map[string]string{"main.cjs": tc.src}, tc.want)
	}
	// Re-exports follow require()d CommonJS files, once (a cycle ends).
	expectCJSNames(t, map[string]string{
		"main.cjs": `module.exports = require("./a.cjs");`,
		"a.cjs":    `__exportStar(require("./b.cjs"), exports); exports.a = 1;`,
		"b.cjs":    `exports.b = 1; module.exports = require("./main.cjs");`,
	}, "a,b")
}
