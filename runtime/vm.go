package runtime

import (
	"io"

	"github.com/dop251/goja"
)

// VM is one running program: the goja Runtime, its loop, and the process
// state the node: modules share. Every method runs on the loop goroutine.
//
// SKELETON (lead): the fields and method signatures below are the contract
// between the runtime files written in parallel (loop/process, console and
// inspect, node: modules). Add fields freely; do not rename these.
type VM struct {
	RT   *goja.Runtime
	Loop *Loop

	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// modules caches builtin exports by name ("fs", "events", …).
	modules map[string]*goja.Object
}

// Require returns the exports of builtin module name ("fs" or "node:fs"),
// loading it on first use. Builtins use it to depend on each other.
func (vm *VM) Require(name string) (*goja.Object, error) {
	panic("runtime: VM.Require not implemented yet")
}

// internalJS runs js/<name>.js, a function expression, and calls it with
// args; it returns what the function returns. Programs are compiled once per
// process and cached.
func (vm *VM) internalJS(name string, args ...goja.Value) (goja.Value, error) {
	panic("runtime: VM.internalJS not implemented yet")
}

// Loop is the event loop: Node's phases (timers → pending → poll → check →
// close), the nextTick and microtask drains after every callback, and the
// worker pool.
type Loop struct {
	vm *VM
}

// RegisterCallback must be called on the loop goroutine. It holds the loop
// open (a ref, like a libuv handle) and returns enqueue, which any goroutine
// may call exactly once: f then runs on the loop in the poll phase, followed
// by the nextTick and microtask drains, and the ref is dropped. An error
// returned by f is treated as an uncaught exception.
func (l *Loop) RegisterCallback() (enqueue func(f func() error)) {
	panic("runtime: Loop.RegisterCallback not implemented yet")
}

// Submit runs work on the worker pool (UV_THREADPOOL_SIZE workers, default
// 4), never on the loop, and then done(result) on the loop in the poll
// phase. The loop stays alive until done has run. work must not touch the
// goja Runtime.
func (l *Loop) Submit(work func() any, done func(result any) error) {
	panic("runtime: Loop.Submit not implemented yet")
}
