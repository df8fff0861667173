// Package project is the check driver behind `tsrun check` (and, later, the
// language server): it finds the files to check (paths, folders, or
// tsconfig.json's files/include/exclude), reads, UTF-8-checks, parses and
// runs the erasable rules on them in parallel, then runs the type checker
// over the whole program, and returns every diagnostic sorted with
// diag.Sort.
//
// It reports what `tsc --noEmit --erasableSyntaxOnly` reports, and in
// tsc's order of precedence: when any file has syntax errors, only syntax
// errors are reported (tsc skips its semantic pass then), so a TS1294 is
// never shown where tsc would not show it.
package project

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/erasable"
	"github.com/tsrun-dev/tsrun/syntax"
)

// Mode selects how much checking runs.
type Mode uint8

const (
	// Full runs the parser, the erasable rules and the type checker.
	Full Mode = iota
	// ErasableOnly runs the parser and the erasable rules.
	ErasableOnly
	// SyntaxOnly only parses: the fast path for editors on every
	// keystroke, and a measurement of the parser.
	SyntaxOnly
)

// Options describe one check.
type Options struct {
	// Dir is the folder paths are relative to and where tsconfig.json is
	// looked for; "" means the process's working folder.
	Dir string
	// Paths are files and folders to check. Empty: tsconfig.json in Dir
	// if there is one, else every source file below Dir.
	Paths []string
	Mode  Mode
	// Stdin, when set, is the text of the one file to check, named
	// StdinPath (which picks the dialect); Paths is then ignored.
	Stdin     io.Reader
	StdinPath string
	// Workers bounds the parallelism; 0 means runtime.GOMAXPROCS(0).
	Workers int
	// TypeChecker checks the parsed program in Full mode; nil uses the
	// default (checker.Check).
	TypeChecker TypeChecker
}

// Result is what a check found.
type Result struct {
	// Files are the checked files, sorted by name.
	Files []*syntax.SourceFile
	// Diagnostics are sorted with diag.Sort.
	Diagnostics []diag.Diagnostic
	// Config is the tsconfig.json used, or nil.
	Config *Config
}

// ErrorCount is the number of error diagnostics.
func (r *Result) ErrorCount() int {
	n := 0
	for i := range r.Diagnostics {
		if r.Diagnostics[i].Category == diag.Error {
			n++
		}
	}
	return n
}

// InputError is a failure to read the input (a missing path, an
// unreadable file, a file that is not UTF-8, a broken tsconfig.json): the
// check did not run, and the CLI exits 2 with the one-line message.
type InputError struct {
	Path string
	Err  error
}

func (e *InputError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// Check runs one check. The error is an *InputError when the input could
// not be read; diagnostics never come back as an error.
func Check(opts Options) (*Result, error) {
	dir := opts.Dir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, &InputError{Err: err}
		}
		dir = wd
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, &InputError{Err: err}
	}
	res := &Result{}
	var inputs []input
	if opts.Stdin != nil {
		data, err := io.ReadAll(opts.Stdin)
		if err != nil {
			return nil, &InputError{Path: "<stdin>", Err: err}
		}
		name := opts.StdinPath
		if name == "" {
			name = "stdin.ts"
		}
		// The path is kept so that the buffer's relative imports resolve
		// from its folder (the checker needs them) and a cycle back to
		// it does not read the stale copy on disk.
		abs := absPath(dir, name)
		inputs = []input{{path: abs, name: displayName(dir, abs), data: data, fromStdin: true}}
	} else {
		paths, cfg, err := discover(dir, opts.Paths)
		if err != nil {
			return nil, err
		}
		res.Config = cfg
		for _, p := range paths {
			inputs = append(inputs, input{path: p, name: displayName(dir, p)})
		}
	}
	eopts := erasable.Options{}
	skipLibCheck := false
	if c := res.Config; c != nil {
		o := c.Options
		eopts.PreserveConstEnums = isTrue(o.PreserveConstEnums) || isTrue(o.IsolatedModules) || isTrue(o.VerbatimModuleSyntax)
		skipLibCheck = isTrue(o.SkipLibCheck)
	}

	opts.Dir = dir
	files, diags, err := processAll(inputs, opts, eopts, skipLibCheck)
	if err != nil {
		return nil, err
	}
	res.Files = files
	anySyntax := false
	for _, f := range files {
		if len(f.Diagnostics) > 0 {
			anySyntax = true
			break
		}
	}
	if anySyntax {
		// tsc reports syntax errors alone when there are any.
		diags = diags[:0]
		for _, f := range files {
			diags = append(diags, f.Diagnostics...)
		}
	} else if opts.Mode == Full {
		tc := opts.TypeChecker
		if tc == nil {
			tc = defaultTypeChecker
		}
		diags = append(diags, runTypeChecker(tc, files, res.Config)...)
	}
	res.Diagnostics = dedupe(diags)
	return res, nil
}

// runTypeChecker runs tc; a panic inside it costs its diagnostics, never
// the process: silence is the safe side of a checker's failure.
func runTypeChecker(tc TypeChecker, files []*syntax.SourceFile, cfg *Config) (ds []diag.Diagnostic) {
	defer func() {
		if r := recover(); r != nil {
			ds = nil
		}
	}()
	return tc.Check(files, cfg)
}

func isTrue(b *bool) bool { return b != nil && *b }

type input struct {
	path      string // absolute (for stdin: where the editor's buffer lives)
	name      string // as displayed
	data      []byte // stdin's text
	fromStdin bool
	followed  bool // reached through an import, not named by the user
}

// processAll reads, parses and runs the erasable rules on every input,
// runtime.GOMAXPROCS(0) files at a time, then on the files they import
// (imports.go), round after round until no new file turns up. The first
// input error (in path order) wins, so the message does not depend on
// scheduling.
func processAll(inputs []input, opts Options, eopts erasable.Options, skipLibCheck bool) ([]*syntax.SourceFile, []diag.Diagnostic, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	seen := map[string]bool{}
	for _, in := range inputs {
		if in.path != "" {
			seen[in.path] = true
		}
	}
	var files []*syntax.SourceFile
	var diags []diag.Diagnostic
	dir := ""
	if opts.Dir != "" {
		dir, _ = filepath.Abs(opts.Dir)
	}
	for round := inputs; len(round) > 0; {
		results := runParallel(round, workers, opts.Mode, eopts, skipLibCheck)
		var next []input
		for i, r := range results {
			if r.err != nil {
				if round[i].followed {
					continue // an unreadable import: tsc's error, not an input error of ours
				}
				return nil, nil, r.err
			}
			files = append(files, r.sf)
			diags = append(diags, r.diags...)
			for _, p := range r.imports {
				if !seen[p] {
					seen[p] = true
					next = append(next, input{path: p, name: displayName(dir, p), followed: true})
				}
			}
		}
		slices.SortFunc(next, func(a, b input) int { return strings.Compare(a.path, b.path) })
		round = next
	}
	slices.SortFunc(files, func(a, b *syntax.SourceFile) int { return strings.Compare(a.File.Name, b.File.Name) })
	return files, diags, nil
}

type outcome struct {
	sf      *syntax.SourceFile
	diags   []diag.Diagnostic
	imports []string
	err     error
}

// runParallel processes inputs on workers goroutines; results are in input
// order.
func runParallel(inputs []input, workers int, mode Mode, eopts erasable.Options, skipLibCheck bool) []outcome {
	workers = min(workers, max(len(inputs), 1))
	results := make([]outcome, len(inputs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				results[i] = processOne(inputs[i], mode, eopts, skipLibCheck)
			}
		})
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// processOne handles one file. A panic in a pass is turned into an input
// error naming the file rather than crashing the whole check: no Go panic
// reaches a user.
func processOne(in input, mode Mode, eopts erasable.Options, skipLibCheck bool) (out outcome) {
	defer func() {
		if r := recover(); r != nil {
			out = outcome{err: &InputError{Path: in.name, Err: fmt.Errorf("internal error while checking this file (please report it): %v", r)}}
		}
	}()
	data := in.data
	if !in.fromStdin {
		var err error
		data, err = os.ReadFile(in.path)
		if err != nil {
			return outcome{err: &InputError{Path: in.name, Err: readError(err)}}
		}
	}
	if bad := diag.CheckUTF8(data); bad >= 0 {
		return outcome{err: &InputError{Path: in.name, Err: fmt.Errorf("not valid UTF-8 (invalid byte at offset %d); save it as UTF-8", bad)}}
	}
	file := diag.NewFile(in.name, string(data))
	out.sf = syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectFromName(file.Name)})
	if in.path != "" && mode != SyntaxOnly {
		out.imports = imports(out.sf, filepath.Dir(in.path))
	}
	if mode == SyntaxOnly || len(out.sf.Diagnostics) > 0 {
		return out
	}
	if skipLibCheck && out.sf.IsDeclarationFile() {
		// tsc does not check declaration files at all under skipLibCheck.
		return out
	}
	out.diags = erasable.Check(out.sf, eopts)
	return out
}

func readError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// dedupe sorts and drops exact repeats (same file, range, code, message):
// two passes may report the same grammar error.
func dedupe(ds []diag.Diagnostic) []diag.Diagnostic {
	diag.Sort(ds)
	return slices.CompactFunc(ds, func(a, b diag.Diagnostic) bool {
		return a.File == b.File && a.Pos == b.Pos && a.End == b.End && a.Code == b.Code && a.Message == b.Message
	})
}

func absPath(dir, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(dir, p)
}

// displayName is the path as tsc prints it: relative to the working
// folder (with ../ when outside it), with forward slashes.
func displayName(dir, abs string) string {
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}
