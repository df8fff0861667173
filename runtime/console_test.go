package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// runConsole runs src as a script in a fresh VM and returns its output.
func runConsole(t *testing.T, src string) (stdout, stderr string) {
	t.Helper()
	vm, out, errOut := newInspectVM(t)
	if _, err := vm.RT.RunString(src); err != nil {
		t.Fatalf("%v\nstderr: %s", err, errOut)
	}
	return out.String(), errOut.String()
}

func TestConsoleGolden(t *testing.T) {
	wantOut := inspectGolden(t, "console.stdout")
	wantErr := inspectGolden(t, "console.stderr")
	src, err := os.ReadFile(filepath.Join("testdata", "inspect", "console.js"))
	if err != nil {
		t.Fatal(err)
	}
	gotOut, gotErr := runConsole(t, string(src))
	if d := cmp.Diff(wantOut, gotOut); d != "" {
		t.Errorf("stdout differs from Node 26 (-node +tsrun):\n%s", d)
	}
	if d := cmp.Diff(wantErr, gotErr); d != "" {
		t.Errorf("stderr differs from Node 26 (-node +tsrun):\n%s", d)
	}
}

// FORCE_COLOR colors console output even to a pipe, as in Node.
func TestConsoleColorGolden(t *testing.T) {
	wantOut := inspectGolden(t, "console_color.stdout")
	wantErr := inspectGolden(t, "console_color.stderr")
	src, err := os.ReadFile(filepath.Join("testdata", "inspect", "console_color.js"))
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	vm, err := newVM(&processConfig{argv: []string{"tsrun", "t.js"}, env: []string{"FORCE_COLOR=1"}, stdout: &out, stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	if err := runScriptForTest(vm, string(src)); err != nil {
		t.Fatalf("%v\nstderr: %s", err, errOut.String())
	}
	if d := cmp.Diff(wantOut, out.String()); d != "" {
		t.Errorf("stdout differs from Node 26 (-node +tsrun):\n%s", d)
	}
	if d := cmp.Diff(wantErr, errOut.String()); d != "" {
		t.Errorf("stderr differs from Node 26 (-node +tsrun):\n%s", d)
	}
}

func TestConsoleTime(t *testing.T) {
	out, errOut := runConsole(t, `
		console.time(); console.timeLog(undefined, 'extra', 1); console.timeEnd();
		console.time('t'); console.timeEnd('t');
		console.group(); console.time('g'); console.timeEnd('g'); console.groupEnd();`)
	re := regexp.MustCompile(`^default: \d+(\.\d{1,3})?ms extra 1\ndefault: \d+(\.\d{1,3})?ms\nt: \d+(\.\d{1,3})?ms\n  g: \d+(\.\d{1,3})?ms\n$`)
	if !re.MatchString(out) {
		t.Errorf("stdout = %q, want it to match %s", out, re)
	}
	if errOut != "" {
		t.Errorf("stderr = %q, want nothing", errOut)
	}
}

func TestConsoleTimeWarnings(t *testing.T) {
	vm, _, stderr := newInspectVM(t)
	if err := runScriptForTest(vm, `console.timeEnd('nope'); console.time('a'); console.time('a'); console.countReset('c')`); err != nil {
		t.Fatal(err)
	}
	errOut := stderr.String()
	for _, want := range []string{
		"No such label 'nope' for console.timeEnd()",
		"Label 'a' already exists for console.time()",
		"Count for 'c' does not exist",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks warning %q", errOut, want)
		}
	}
}

func TestFormatConsoleTime(t *testing.T) {
	for _, tc := range []struct {
		ms   float64
		want string
	}{
		{0.0004, "0ms"},
		{1.23456, "1.235ms"},
		{12.5, "12.5ms"},
		{999.9999, "1000ms"},
		{1000, "1.000s"},
		{1500.25, "1.500s"},
		{62500, "1:02.500 (m:ss.mmm)"},
		{3723500, "1:02:03.500 (h:mm:ss.mmm)"},
	} {
		if got := formatConsoleTime(tc.ms); got != tc.want {
			t.Errorf("formatConsoleTime(%v) = %q, want %q", tc.ms, got, tc.want)
		}
	}
}

func TestConsoleTrace(t *testing.T) {
	out, errOut := runConsole(t, "function f() { console.trace('here %d', 1) }\nf()")
	if out != "" {
		t.Errorf("stdout = %q, want nothing", out)
	}
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if lines[0] != "Trace: here 1" {
		t.Errorf("first line = %q, want %q", lines[0], "Trace: here 1")
	}
	if len(lines) < 2 || !strings.HasPrefix(lines[1], "    at f ") {
		t.Errorf("stack = %q, want frames in Node's form, starting with f", lines[1:])
	}
}

func TestConsoleMethodsAreDetached(t *testing.T) {
	out, _ := runConsole(t, `const { log } = console; [1, 2].forEach((x) => log(x)); log.call(null, 'ok', console.log.name)`)
	if want := "1\n2\nok log\n"; out != want {
		t.Errorf("stdout = %q, want %q", out, want)
	}
}

// Installing console is part of every start: it must stay in microseconds.
func BenchmarkInstallConsole(b *testing.B) {
	vm, err := newVM(&processConfig{stdout: discard{}, stderr: discard{}})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := installConsole(vm); err != nil {
			b.Fatal(err)
		}
	}
}
