// Package runtime runs JavaScript produced by strip on goja, inside an event
// loop built the way Node.js is: goja plays V8, a Go worker pool plays
// libuv's thread pool, the loop runs Node's phases, and the node: modules
// bridge JavaScript to the system. It is the only package that imports goja.
//
// Concurrency contract: exactly one goroutine, the loop's, touches the
// goja.Runtime. Workers and other goroutines hand results back through
// Loop.RegisterCallback's enqueue function or Loop.Submit's done callback.
package runtime
