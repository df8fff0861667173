package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFsGolden runs testdata/fs/*.js, each in a fresh temporary folder, and
// compares with Node 26's output for the same text (see runGoldenDir;
// TSRUN_UPDATE=1 regenerates).
func TestFsGolden(t *testing.T) { runGoldenDir(t, "fs") }

// TestFsTextOnlySkipsBuffer keeps startup cheap: a program that reads and
// writes text through fs must not compile node:buffer or node:stream.
func TestFsTextOnlySkipsBuffer(t *testing.T) {
	var out bytes.Buffer
	vm, err := newVM(&processConfig{argv: []string{"node", "t.js"}, env: os.Environ(), stdin: strings.NewReader(""), stdout: &out, stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "t.txt")
	fs, err := vm.Require("fs")
	if err != nil {
		t.Fatal(err)
	}
	must(vm.RT.Set("fs", fs))
	must(vm.RT.Set("p", p))
	if _, err := vm.RT.RunString(`fs.writeFileSync(p, 'héllo'); if (fs.readFileSync(p, 'utf8') !== 'héllo') throw new Error('bad read'); fs.statSync(p); fs.existsSync(p)`); err != nil {
		t.Fatal(err)
	}
	// The ESM loader reads every named export of a builtin: that must not
	// build the streams either.
	for _, k := range fs.Keys() {
		fs.Get(k)
	}
	for _, m := range []string{"buffer", "stream"} {
		if _, loaded := vm.modules[m]; loaded {
			t.Errorf("node:%s was loaded by text-only fs use", m)
		}
	}
	if _, err := vm.RT.RunString(`if (!Buffer.isBuffer(fs.readFileSync(p))) throw new Error('not a Buffer')`); err != nil {
		t.Fatal(err)
	}
}

// TestFsStatsLazyDates: Node's Stats Date fields are accessors on the
// prototype until read or written; then they are own enumerable data
// properties, which Object.keys and util.inspect show.
func TestFsStatsLazyDates(t *testing.T) {
	var out bytes.Buffer
	vm, err := newVM(&processConfig{argv: []string{"node", "t.js"}, env: os.Environ(), stdin: strings.NewReader(""), stdout: &out, stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := vm.Require("fs")
	if err != nil {
		t.Fatal(err)
	}
	must(vm.RT.Set("fs", fs))
	must(vm.RT.Set("p", t.TempDir()))
	v, err := vm.RT.RunString(`
		const s = fs.statSync(p), b = fs.statSync(p, { bigint: true });
		const before = Object.keys(s).filter((k) => !k.endsWith('Ms')).length;
		const d = s.mtime;
		s.atime = 5;
		b.ctime;
		const md = Object.getOwnPropertyDescriptor(s, 'mtime');
		[before, Object.keys(s).slice(-2).join(), d instanceof Date && s.mtime === d,
		 md.writable && md.enumerable && md.configurable, s.atime,
		 Object.keys(b).at(-1), 'ctime' in s && !Object.keys(s).includes('ctime')].join(' ')`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "10 mtime,atime true true 5 ctime true"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
