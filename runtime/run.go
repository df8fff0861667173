package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/tsrun-dev/tsrun/diag"
)

// Options is what the CLI knows about the program to run.
type Options struct {
	Filename string // entry path as the user gave it; "[eval]" for -e, "[stdin]" for -
	Source   []byte // nil: read Filename
	Eval     bool
	Args     []string // process.argv[2:]
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	Env      []string // nil: os.Environ()
	NoCache  bool     // don't read or write the compiled-module cache
}

// LoadError is returned by Run when the program could not start: the
// entry is missing, unreadable, not UTF-8, or does not compile. The CLI
// prints the diagnostics (file(line,col) and a code frame) and exits 1.
type LoadError struct {
	Diagnostics []diag.Diagnostic
	// NodeReport, when set, is what Node prints for the same failure (a
	// static import that does not resolve): the CLI prints it instead of
	// the diagnostics.
	NodeReport string
}

func (e *LoadError) Error() string {
	if len(e.Diagnostics) == 0 {
		return "cannot load program"
	}
	d := &e.Diagnostics[0]
	if d.File == nil {
		return d.Message
	}
	line, col := d.File.Position(d.Pos)
	return fmt.Sprintf("%s(%d,%d): %s", d.File.Name, line, col, d.Message)
}

// Run runs a program to completion, as `node FILE` does, and returns its
// exit code. err is non-nil only when the program could not start (see
// LoadError); whatever the program does (throw, reject, exit) is in the
// exit code and on Stderr, never in err. Run never panics on user input.
func Run(opts Options) (exitCode int, err error) {
	defer func() {
		if r := recover(); r != nil {
			// A bug in tsrun, not in the program: say so in one line rather
			// than dumping a Go stack at the user.
			msg := fmt.Sprint(r)
			if os.Getenv("TSRUN_DEBUG") != "" {
				msg += "\n" + string(debug.Stack())
			}
			exitCode, err = 70, fmt.Errorf("internal error: %s", msg)
		}
	}()
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	exe, xerr := os.Executable()
	if xerr != nil {
		exe = "tsrun"
	}
	argv := []string{exe}
	if !opts.Eval {
		argv = append(argv, entryArgvPath(&opts))
	}
	argv = append(argv, opts.Args...)
	// The VM does not depend on the entry: it is built on the second core
	// while the entry is read, checked and compiled. It is only handed
	// over (through the channel) once built, so the loop goroutine is still
	// the only one that ever uses it.
	type built struct {
		vm  *VM
		err error
	}
	ready := make(chan built, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				ready <- built{err: fmt.Errorf("internal error: %v", r)}
			}
		}()
		vm, err := newVM(&processConfig{argv: argv, env: opts.Env, stdin: opts.Stdin, stdout: opts.Stdout, stderr: opts.Stderr})
		ready <- built{vm, err}
	}()
	entry, err := loadEntry(&opts)
	b := <-ready
	if err != nil {
		return 1, err
	}
	if b.err != nil {
		return 1, b.err
	}
	vm := b.vm
	return vm.runEntry(entry), nil
}

// runMain runs the program's top level and then the loop until the end,
// and returns the exit code. For a CommonJS main the top level is a loop
// callback (ticks, then promise jobs); for an ES module, top-level code is
// itself a promise job in Node, so promise jobs run before ticks: main is
// called as an outermost call (goja drains the jobs on return) and the
// tick queue comes after.
func (vm *VM) runMain(main func() error, esm bool) int {
	vm.runLoop(main, esm)
	return vm.exitStatus()
}

// runLoop is runMain without the exit sequence.
func (vm *VM) runLoop(main func() error, esm bool) {
	l := vm.Loop
	l.updateTime()
	if esm {
		if err := main(); err != nil {
			l.uncaught(err)
		}
		if l.js != nil {
			l.ticksQueued = true
		}
		if !l.stopped {
			if l.js == nil {
				l.processRejections()
			} else {
				l.drain()
			}
		}
	} else {
		l.callGo(main)
	}
	l.run()
}

// exitStatus is Node's exit sequence once the loop is done: 'exit' with
// process.exitCode || 0, and the code process.exitCode holds afterwards.
func (vm *VM) exitStatus() int {
	l := vm.Loop
	if l.stopped {
		return l.exitCode
	}
	code := vm.proc.emitExit(vm.proc.exitCode())
	if l.stopped {
		return l.exitCode
	}
	if vm.proc.materialized() {
		return vm.proc.exitCode()
	}
	return code
}

// errNotSupported marks features later issues bring (module graph).
var errNotSupported = errors.New("not supported yet")

func absPath(name string) string {
	if a, err := filepath.Abs(name); err == nil {
		return a
	}
	return name
}
