package runtime

// node:readline and node:readline/promises (js/stream_readline.js): a line
// reader over any Readable, most often process.stdin. It lives with the
// streams because it is one: events over a Readable's 'data' and 'end'.

import "github.com/dop251/goja"

func loadReadline(vm *VM) (*goja.Object, error) {
	events, err := vm.Require("events")
	if err != nil {
		return nil, err
	}
	sd, err := vm.Require("string_decoder")
	if err != nil {
		return nil, err
	}
	helpers := vm.RT.NewObject()
	installErrorHelpers(vm.RT, helpers)
	v, err := vm.internalJS("stream_readline", helpers, events, sd)
	if err != nil {
		return nil, err
	}
	return v.ToObject(vm.RT), nil
}

func init() {
	registerBuiltin("readline", loadReadline)
	registerBuiltin("readline/promises", func(vm *VM) (*goja.Object, error) {
		rl, err := vm.Require("readline")
		if err != nil {
			return nil, err
		}
		return rl.Get("promises").ToObject(vm.RT), nil
	})
}
