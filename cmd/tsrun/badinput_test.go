package main

// Bad input to the binary (issue #2): every case must end with one clear
// message and the documented exit code (1 for input that cannot run, 2 for
// bad usage), never a Go panic or stack trace, never a hang. The cases run
// the real binary, built as the run conformance suite builds it, so that
// what is checked is what a user sees: os.Exit codes, the streams, and a
// crash that would kill the process.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

type badInputCase struct {
	name  string
	args  []string
	stdin string // the program's stdin (a pipe); ignored when devNull
	// devNull gives the process /dev/null as stdin: a character device
	// that is not a terminal.
	devNull bool
	code    int
	// stderr lists what the message must contain. An empty list with code
	// 0 means stderr must be empty.
	stderr []string
	// frame: a syntax error, printed with tsc's pretty layout:
	// "file:line:col - error TSnnnn: message", the source line, and a
	// squiggle under the error.
	frame  string
	stdout *string // when set, stdout must be exactly this
	// skip returns a reason to skip the case here, or "".
	skip func() string
}

func str(s string) *string { return &s }

const (
	usageHint   = "Run 'tsrun --help' for usage."
	hugeSize    = 50 << 20
	badInputMax = 5 * time.Minute // a run longer than this is a hang
)

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	writeBadInputFiles(t, dir)
	bin := buildTsrun(t, t.TempDir())

	asRoot := func() string {
		if os.Geteuid() == 0 {
			return "running as root, which reads a chmod 000 file"
		}
		return ""
	}
	long := func() string {
		if testing.Short() {
			return "a 50 MB program takes seconds (-short)"
		}
		return ""
	}
	notFound := []string{"error TS6053: File 'missing.ts' not found."}
	isDir := []string{"error TS90001: Cannot read file 'dir.ts': it is a directory."}
	noRead := []string{"error TS90001: Cannot read file 'noread.ts': permission denied."}
	notUTF8 := []string{"error TS90002: File 'latin1.ts' is not valid UTF-8 (invalid byte at offset 16); save it as UTF-8."}
	utf16 := []string{"error TS90002: File 'utf16.ts' is not valid UTF-8 (invalid byte at offset 0); save it as UTF-8."}
	synFrame := `syn.ts:2:16 - error TS1109: Expression expected.

2 console.log(x +);
                 ~
`
	tests := []badInputCase{
		// tsrun FILE
		{name: "missing file", args: []string{"missing.ts"}, code: 1, stderr: notFound},
		{name: "directory", args: []string{"dir.ts"}, code: 1, stderr: isDir},
		{name: "unreadable", args: []string{"noread.ts"}, code: 1, stderr: noRead, skip: asRoot},
		{name: "not UTF-8", args: []string{"latin1.ts"}, code: 1, stderr: notUTF8},
		{name: "UTF-16", args: []string{"utf16.ts"}, code: 1, stderr: utf16},
		{name: "syntax error", args: []string{"syn.ts"}, code: 1, frame: synFrame},
		{name: "unknown flag", args: []string{"--bogus", "hello.ts"}, code: 2, stderr: []string{"tsrun: unknown flag: --bogus"}},
		{name: "flag without its value", args: []string{"-e"}, code: 2, stderr: []string{"flag needs an argument"}},
		{name: "empty file", args: []string{"empty.ts"}, code: 0, stdout: str("")},
		{name: "only a BOM", args: []string{"bom.ts"}, code: 0, stdout: str("")},
		{name: "huge file", args: []string{"huge.ts"}, code: 0, stdout: str(hugeTotal() + "\n"), skip: long},
		{name: "endless device", args: []string{"/dev/zero"}, code: 1,
			stderr: []string{"error TS90001: Cannot read file '/dev/zero': it is larger than 512 MiB."}},
		{name: "strip an endless device", args: []string{"strip", "/dev/zero"}, code: 1,
			stderr: []string{"error TS90001: Cannot read file '/dev/zero': it is larger than 512 MiB."}},
		{name: "run subcommand, missing file", args: []string{"run", "missing.ts"}, code: 1, stderr: notFound},

		// tsrun with no FILE reads the program from a non-terminal stdin.
		{name: "stdin program", stdin: "console.log('from stdin');\n", code: 0, stdout: str("from stdin\n")},
		{name: "stdin empty pipe", code: 0, stdout: str("")},
		{name: "stdin is /dev/null", devNull: true, code: 0, stdout: str("")},
		{name: "stdin syntax error", stdin: "let x: = 1;\n", code: 1,
			frame: "[stdin]:1:8 - error TS1110: Type expected.\n\n1 let x: = 1;\n         ~\n"},
		{name: "stdin not UTF-8", stdin: "console.log('\xe9');\n", code: 1,
			stderr: []string{"error TS90002: File '[stdin]' is not valid UTF-8 (invalid byte at offset 13); save it as UTF-8."}},

		// tsrun strip
		{name: "strip missing file", args: []string{"strip", "missing.ts"}, code: 1, stderr: notFound},
		{name: "strip directory", args: []string{"strip", "dir.ts"}, code: 1, stderr: isDir},
		{name: "strip unreadable", args: []string{"strip", "noread.ts"}, code: 1, stderr: noRead, skip: asRoot},
		{name: "strip not UTF-8", args: []string{"strip", "latin1.ts"}, code: 1, stderr: notUTF8},
		{name: "strip UTF-16", args: []string{"strip", "utf16.ts"}, code: 1, stderr: utf16},
		{name: "strip syntax error", args: []string{"strip", "syn.ts"}, code: 1, frame: synFrame},
		{name: "strip stdin syntax error", args: []string{"strip", "-"}, stdin: "let x: = 1;\n", code: 1,
			frame: "[stdin]:1:8 - error TS1110: Type expected.\n\n1 let x: = 1;\n         ~\n"},
		{name: "strip unknown flag", args: []string{"strip", "--bogus", "hello.ts"}, code: 2, stderr: []string{"tsrun: unknown flag: --bogus"}},
		{name: "strip without a file", args: []string{"strip"}, code: 2, stderr: []string{"tsrun: accepts 1 arg(s), received 0"}},
		{name: "strip two files", args: []string{"strip", "hello.ts", "empty.ts"}, code: 2, stderr: []string{"tsrun: accepts 1 arg(s), received 2"}},
		{name: "strip empty file", args: []string{"strip", "empty.ts"}, code: 0, stdout: str("")},
		{name: "strip only a BOM", args: []string{"strip", "bom.ts"}, code: 0, stdout: str("")},
		{name: "strip huge file", args: []string{"strip", "huge.ts"}, code: 0, skip: long},
		{name: "strip endless device", args: []string{"strip", "/dev/zero"}, code: 1,
			stderr: []string{"error TS90001: Cannot read file '/dev/zero': it is larger than 512 MiB."}, skip: long},

		// tsrun check: an unreadable input is exit 2 (DESIGN.md).
		{name: "check missing path", args: []string{"check", "missing.ts"}, code: 2, stderr: []string{"missing.ts", "no such file or directory"}},
		{name: "check unknown flag", args: []string{"check", "--bogus"}, code: 2, stderr: []string{"tsrun: unknown flag: --bogus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != nil {
				if why := tt.skip(); why != "" {
					t.Skip(why)
				}
			}
			if strings.Contains(tt.name, "huge") {
				writeHugeFile(t, dir)
			}
			stdout, stderr, code := runBadInput(t, bin, dir, tt)
			if code != tt.code {
				t.Errorf("exit code %d, want %d\nstderr:\n%s", code, tt.code, stderr)
			}
			if tt.stdout != nil && stdout != *tt.stdout {
				t.Errorf("stdout %q, want %q", clip(stdout), *tt.stdout)
			}
			checkBadInputStderr(t, tt, stderr)
		})
	}
}

// checkBadInputStderr: no Go crash; then either a code frame, one line
// (plus the usage hint for exit 2), or nothing for a clean run.
func checkBadInputStderr(t *testing.T, tt badInputCase, stderr string) {
	t.Helper()
	for _, crash := range []string{"goroutine ", "panic:", "internal error", ".go:"} {
		if strings.Contains(stderr, crash) {
			t.Fatalf("stderr shows a Go crash (%q):\n%s", crash, stderr)
		}
	}
	if tt.code == 0 {
		if stderr != "" {
			t.Errorf("stderr of a clean run:\n%s", stderr)
		}
		return
	}
	if tt.frame != "" {
		if !strings.HasPrefix(stderr, tt.frame) {
			t.Errorf("stderr does not start with the code frame\n got: %q\nwant: %q", stderr, tt.frame)
		}
		return
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if !strings.HasSuffix(stderr, "\n") || lines[0] == "" {
		t.Errorf("stderr is not a line of text: %q", stderr)
	}
	want := 1
	if tt.code == 2 {
		// cobra's usage errors carry the pointer to --help; ours do not.
		if len(lines) == 2 && lines[1] == usageHint {
			want = 2
		}
	}
	if len(lines) != want {
		t.Errorf("stderr has %d lines, want one message:\n%s", len(lines), stderr)
	}
	for _, s := range tt.stderr {
		if !strings.Contains(lines[0], s) {
			t.Errorf("stderr lacks %q:\n%s", s, stderr)
		}
	}
}

func runBadInput(t *testing.T, bin, dir string, tt badInputCase) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), badInputMax)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, tt.args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	if tt.devNull {
		f, err := os.Open(os.DevNull)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdin = f
	} else {
		cmd.Stdin = strings.NewReader(tt.stdin)
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("tsrun %s did not end within %v (a hang)", strings.Join(tt.args, " "), badInputMax)
	}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee) && ee.Exited():
		code = ee.ExitCode()
	default:
		t.Fatalf("tsrun %s: %v (killed by a signal?)\nstderr:\n%s", strings.Join(tt.args, " "), err, errOut.String())
	}
	return out.String(), errOut.String(), code
}

func writeBadInputFiles(t *testing.T, dir string) {
	t.Helper()
	// UTF-16LE with its BOM, as some Windows editors save.
	var utf16 []byte
	utf16 = append(utf16, 0xFF, 0xFE)
	for _, c := range "console.log(1);\n" {
		utf16 = append(utf16, byte(c), 0)
	}
	files := map[string][]byte{
		"hello.ts":  []byte("console.log('hello');\n"),
		"syn.ts":    []byte("let x: number = 1;\nconsole.log(x +);\n"),
		"latin1.ts": []byte("console.log('caf\xe9');\n"),
		"utf16.ts":  utf16,
		"empty.ts":  nil,
		"bom.ts":    []byte("\xef\xbb\xbf"),
		"noread.ts": []byte("console.log('secret');\n"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(dir, "noread.ts"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "dir.ts"), 0o755); err != nil {
		t.Fatal(err)
	}
}

const hugeLine = "total += %d; // %08d: a line of a 50 MB program, long enough\n"

// writeHugeFile writes huge.ts (hugeSize bytes of statements) once.
func writeHugeFile(t *testing.T, dir string) {
	t.Helper()
	p := filepath.Join(dir, "huge.ts")
	if _, err := os.Stat(p); err == nil {
		return
	}
	var b bytes.Buffer
	b.Grow(hugeSize + 100)
	b.WriteString("let total: number = 0;\n")
	for i := 0; b.Len() < hugeSize; i++ {
		fmt.Fprintf(&b, hugeLine, i%7, i)
	}
	b.WriteString("console.log(total);\n")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// hugeTotal is what huge.ts prints, computed the way it is written.
func hugeTotal() string {
	size := len("let total: number = 0;\n")
	total := 0
	for i := 0; size < hugeSize; i++ {
		size += len(fmt.Sprintf(hugeLine, i%7, i))
		total += i % 7
	}
	return fmt.Sprint(total)
}

var manyLines = regexp.MustCompile(`(?s)^((?:[^\n]*\n){5}).+`)

// clip keeps the first lines of a long output for a failure message.
func clip(s string) string {
	if len(s) > 2000 {
		s = s[:2000] + "…"
	}
	return manyLines.ReplaceAllString(s, "$1…")
}
