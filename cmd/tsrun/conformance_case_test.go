package main

// Loading, running and normalizing the run-conformance cases of
// testdata/conformance/run. The test itself is in conformance_test.go; this
// file holds the pieces that are shared by the compare mode (run tsrun) and
// the update mode (run Node 26 and write the golden files).

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// runCaseTimeout bounds one run of one case. Every case is meant to finish
// in well under a second; the margin covers a loaded 2-core CI machine.
const runCaseTimeout = 20 * time.Second

// runCase is one conformance program.
//
// A case is either a single file cases/<name>.ts|.mts|.cts, or a directory
// cases/<name>/ holding several modules whose entry is main.ts, main.mts or
// main.cts. Directives are read from the leading `//` comment lines of the
// entry file (the first line that is not a `//` comment ends them):
//
//	// @args: a b c        argv after the script (split on spaces; repeatable, appends)
//	// @env: KEY=value     one environment variable (repeatable)
//	// @stdin: text        one line of standard input, "\n" appended (repeatable)
//
// An unknown `// @word:` directive is an error, so a typo cannot silently
// drop an argument.
type runCase struct {
	Name  string // file or directory name without extension
	Src   string // absolute path of the case file or directory
	Entry string // entry file name, relative to the run directory
	IsDir bool

	Args  []string
	Env   []string
	Stdin string
}

// runResult is what one program did, after normalization.
type runResult struct {
	Stdout string
	Stderr string
	Code   int
}

var caseExts = []string{".ts", ".mts", ".cts"}

// loadRunCases lists the cases in dir (testdata/conformance/run/cases),
// sorted by name.
func loadRunCases(dir string) ([]*runCase, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	seen := map[string]string{}
	var cases []*runCase
	for _, e := range ents {
		c := &runCase{Src: filepath.Join(dir, e.Name())}
		if e.IsDir() {
			c.Name, c.IsDir = e.Name(), true
			for _, ext := range caseExts {
				if _, err := os.Stat(filepath.Join(c.Src, "main"+ext)); err == nil {
					c.Entry = "main" + ext
				}
			}
			if c.Entry == "" {
				return nil, fmt.Errorf("case directory %s has no main.ts, main.mts or main.cts", e.Name())
			}
		} else {
			ext := filepath.Ext(e.Name())
			if !isCaseExt(ext) {
				return nil, fmt.Errorf("unexpected file %s in %s (cases are .ts, .mts, .cts or directories)", e.Name(), dir)
			}
			c.Name, c.Entry = strings.TrimSuffix(e.Name(), ext), e.Name()
		}
		if prev, ok := seen[c.Name]; ok {
			return nil, fmt.Errorf("two cases named %s: %s and %s", c.Name, prev, e.Name())
		}
		seen[c.Name] = e.Name()
		entry := c.Src
		if c.IsDir {
			entry = filepath.Join(c.Src, c.Entry)
		}
		if err := c.parseDirectives(entry); err != nil {
			return nil, fmt.Errorf("%s: %w", e.Name(), err)
		}
		cases = append(cases, c)
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].Name < cases[j].Name })
	return cases, nil
}

func isCaseExt(ext string) bool {
	for _, e := range caseExts {
		if ext == e {
			return true
		}
	}
	return false
}

var directiveRE = regexp.MustCompile(`^//\s*@([A-Za-z]+):\s?(.*)$`)

func (c *runCase) parseDirectives(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "//") {
			break
		}
		m := directiveRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		switch val := m[2]; m[1] {
		case "args":
			c.Args = append(c.Args, strings.Fields(val)...)
		case "env":
			if !strings.Contains(val, "=") {
				return fmt.Errorf("@env needs KEY=value, got %q", val)
			}
			c.Env = append(c.Env, val)
		case "stdin":
			c.Stdin += val + "\n"
		default:
			return fmt.Errorf("unknown directive @%s", m[1])
		}
	}
	return sc.Err()
}

// prepare copies the case into a fresh directory under tmp and returns that
// directory. Every run (tsrun, or Node in update mode) gets its own copy, so
// fs cases may create, rename and delete files freely.
func (c *runCase) prepare(tmp string) (string, error) {
	dir, err := os.MkdirTemp(tmp, c.Name+"-")
	if err != nil {
		return "", err
	}
	if !c.IsDir {
		b, err := os.ReadFile(c.Src)
		if err != nil {
			return "", err
		}
		return dir, os.WriteFile(filepath.Join(dir, c.Entry), b, 0o644)
	}
	err = filepath.WalkDir(c.Src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(c.Src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
	})
	return dir, err
}

// checkNoPackageJSON fails when a package.json sits in dir or above it: its
// "type" field would change how Node (and tsrun) choose between CommonJS and
// ES modules, which the cases rely on being decided by syntax detection.
func checkNoPackageJSON(dir string) error {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "package.json")); err == nil {
			return fmt.Errorf("%s exists: it would change module type detection for the cases; run with TMPDIR elsewhere", filepath.Join(d, "package.json"))
		}
		if filepath.Dir(d) == d {
			return nil
		}
	}
}

// caseEnv is the whole environment of a run: nothing is inherited but PATH,
// so NODE_OPTIONS, FORCE_COLOR, TZ or locale settings of the machine cannot
// change an output.
func (c *runCase) caseEnv(dir string) []string {
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + dir,
		"TZ=UTC",
		"LANG=C.UTF-8",
	}
	return append(env, c.Env...)
}

// run executes argv (the program plus any leading arguments; the entry file
// and the case's @args are appended) in dir and returns the normalized
// result.
func (c *runCase) run(ctx context.Context, dir string, argv []string) (runResult, error) {
	ctx, cancel := context.WithTimeout(ctx, runCaseTimeout)
	defer cancel()
	args := append(append(append([]string{}, argv[1:]...), c.Entry), c.Args...)
	cmd := exec.CommandContext(ctx, argv[0], args...)
	cmd.Dir = dir
	cmd.Env = c.caseEnv(dir)
	cmd.Stdin = strings.NewReader(c.Stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return runResult{}, fmt.Errorf("timed out after %v (stdout so far: %q, stderr so far: %q)", runCaseTimeout, stdout.String(), stderr.String())
	}
	res := runResult{}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return runResult{}, fmt.Errorf("killed by signal %v (stderr: %q)", ws.Signal(), stderr.String())
		}
		res.Code = ee.ExitCode()
	default:
		return runResult{}, err
	}
	res.Stdout = normalizeOutput(stdout.String(), dir, false)
	res.Stderr = normalizeOutput(stderr.String(), dir, true)
	return res, nil
}

// frameRE matches one stack-frame line of an error's stack, as V8 and goja
// print them ("    at f (file:3:7)"), and V8's elision of frames shared
// with an error's cause.
var frameRE = regexp.MustCompile(`^\s+(at \S.*|\.\.\. \d+ lines matching cause stack trace \.\.\.)$`)

// pidRE matches the process id in the prefix of process warnings
// ("(node:12345) TimeoutNaNWarning: ...").
var pidRE = regexp.MustCompile(`(?m)^\((node|tsrun):\d+\) `)

// versionRE matches the runtime banner Node prints last on stderr when a
// program dies of an uncaught error ("Node.js v26.10.0").
var versionRE = regexp.MustCompile(`^(Node\.js|tsrun) v\d+\S*$`)

// normalizeOutput makes an output comparable across runtimes and runs:
//
//  1. The run directory, as given and with symlinks resolved, becomes
//     "<dir>" wherever it appears (paths, file:// URLs, error messages).
//  2. Stack frames are dropped: each maximal run of lines matching frameRE
//     is removed. When the last removed line ends in " {" (util.inspect of an
//     error with own properties puts the brace after the last frame), " {"
//     is appended to the line before the run instead, so the properties that
//     follow still read correctly. Frames depend on each engine's internals
//     (node:internal/... in Node); messages, codes and properties do not.
//  3. The process id in a warning prefix, "(node:12345) ", becomes
//     "(node:<pid>) " (likewise "(tsrun:N) ", so a different name still
//     shows as a difference).
//  4. stderr only: a final "Node.js vX.Y.Z" line (or "tsrun vX.Y.Z") is
//     removed together with the one empty line before it.
//
// Nothing else is touched: line endings, spacing and ordering are compared
// exactly.
func normalizeOutput(s, dir string, isStderr bool) string {
	dirs := []string{dir}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		dirs = append([]string{real}, dirs...)
	}
	for _, d := range dirs {
		s = strings.ReplaceAll(s, d, "<dir>")
	}
	s = pidRE.ReplaceAllString(s, "($1:<pid>) ")
	lines := strings.Split(s, "\n")
	out := lines[:0:0]
	for i := 0; i < len(lines); {
		if !frameRE.MatchString(lines[i]) {
			out = append(out, lines[i])
			i++
			continue
		}
		j := i
		for j < len(lines) && frameRE.MatchString(lines[j]) {
			j++
		}
		if strings.HasSuffix(lines[j-1], " {") && len(out) > 0 {
			out[len(out)-1] += " {"
		}
		i = j
	}
	if isStderr {
		// Find the last non-empty line; drop it if it is the banner.
		k := len(out) - 1
		for k >= 0 && out[k] == "" {
			k--
		}
		if k >= 0 && versionRE.MatchString(out[k]) {
			tail := out[k+1:]
			out = out[:k]
			if len(out) > 0 && out[len(out)-1] == "" {
				out = out[:len(out)-1]
			}
			out = append(out, tail...)
		}
	}
	return strings.Join(out, "\n")
}

// Golden files: expected/<name>.stdout, expected/<name>.stderr and
// expected/<name>.code (the exit code and a newline).
func goldenPaths(root, name string) (stdout, stderr, code string) {
	base := filepath.Join(root, "expected", name)
	return base + ".stdout", base + ".stderr", base + ".code"
}

func readGolden(root, name string) (runResult, error) {
	po, pe, pc := goldenPaths(root, name)
	var r runResult
	for _, f := range []struct {
		path string
		dst  *string
	}{{po, &r.Stdout}, {pe, &r.Stderr}} {
		b, err := os.ReadFile(f.path)
		if err != nil {
			return r, err
		}
		*f.dst = string(b)
	}
	b, err := os.ReadFile(pc)
	if err != nil {
		return r, err
	}
	r.Code, err = strconv.Atoi(strings.TrimSpace(string(b)))
	return r, err
}

func writeGolden(root, name string, r runResult) error {
	po, pe, pc := goldenPaths(root, name)
	if err := os.MkdirAll(filepath.Dir(po), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(po, []byte(r.Stdout), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(pe, []byte(r.Stderr), 0o644); err != nil {
		return err
	}
	return os.WriteFile(pc, []byte(strconv.Itoa(r.Code)+"\n"), 0o644)
}

// acceptedFailure is one line of accepted.txt: a case tsrun is known to get
// wrong, and why.
type acceptedFailure struct {
	Reason string
	Line   int
}

// loadAccepted reads accepted.txt: one case per line, "name  reason" (the
// name, then whitespace, then a reason that must not be empty); blank lines
// and lines starting with # are ignored.
func loadAccepted(path string) (map[string]acceptedFailure, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]acceptedFailure{}, nil
	}
	if err != nil {
		return nil, err
	}
	acc := map[string]acceptedFailure{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason := line, ""
		if i := strings.IndexAny(line, " \t"); i >= 0 {
			name, reason = line[:i], strings.TrimSpace(line[i:])
		}
		if reason == "" {
			return nil, fmt.Errorf("%s:%d: %s has no reason", path, i+1, name)
		}
		if _, dup := acc[name]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", path, i+1, name)
		}
		acc[name] = acceptedFailure{Reason: reason, Line: i + 1}
	}
	return acc, nil
}
