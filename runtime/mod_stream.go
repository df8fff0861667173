package runtime

// node:stream and stream/promises. The streams are JavaScript (js/stream.js)
// because their behaviour is the order of events and callbacks, which is
// easiest to keep equal to Node's in the same language Node writes it in;
// they stand on node:events and node:buffer.

import "github.com/dop251/goja"

func loadStream(vm *VM) (*goja.Object, error) {
	rt := vm.RT
	events, err := vm.Require("events")
	if err != nil {
		return nil, err
	}
	buffer, err := vm.Require("buffer")
	if err != nil {
		return nil, err
	}
	in := rt.NewObject()
	installErrorHelpers(rt, in)
	// string_decoder is loaded when a stream first calls setEncoding.
	in.Set("requireStringDecoder", func(goja.FunctionCall) goja.Value {
		sd, err := vm.Require("string_decoder")
		if err != nil {
			panic(vm.toJSError(err))
		}
		return sd
	})
	in.Set("loadPipeline", func(c goja.FunctionCall) goja.Value {
		v, err := vm.internalJS("stream_pipeline", in, c.Argument(0))
		if err != nil {
			panic(vm.toJSError(err))
		}
		return v
	})
	ee := events.Get("EventEmitter")
	if ee == nil || goja.IsUndefined(ee) {
		ee = events
	}
	v, err := vm.internalJS("stream", in, ee, buffer)
	if err != nil {
		return nil, err
	}
	return v.ToObject(rt), nil
}

func init() {
	registerBuiltin("stream", loadStream)
	registerBuiltin("stream/promises", func(vm *VM) (*goja.Object, error) {
		s, err := vm.Require("stream")
		if err != nil {
			return nil, err
		}
		return s.Get("promises").ToObject(vm.RT), nil
	})
}
