package runtime

import "github.com/dop251/goja"

// setImmediate as Node has it: a linked queue that the check phase takes
// whole as it begins (immediates set meanwhile wait for the next
// iteration), each Immediate a dynamic object over the Go struct.

type immediate struct {
	st          *immediateState
	obj         *goja.Object
	onImmediate goja.Value   // nil reads as undefined (ran or cleared)
	args        []goja.Value // arguments after the callback; nil when none
	argsVal     goja.Value   // _argv once read or assigned
	prev, next  *immediate
	refed       int8 // Node's kRefed: 1 true, 0 false, -1 null once ran or cleared
	destroyed   bool
	extra       *extraProps
}

type immediateState struct {
	rt *goja.Runtime
	// idle mirrors Node's idle handle, which keeps poll from blocking while
	// immediates wait: a new immediate starts it, dropping the last ref
	// stops it, and re-ref'ing an immediate does not restart it (so such an
	// immediate waits for the next timer, as in Node 26).
	idle       bool
	head, tail *immediate // the queue the next check phase runs
	refs       int
	proto      *goja.Object // Immediate.prototype
	batch, ran *immediate   // the check phase's batch, and its last started
}

func immediateOf(v goja.Value) *immediate {
	if o, ok := v.(*goja.Object); ok && o.ExportType() == immediateType {
		return o.Export().(*immediate)
	}
	return nil
}

// unlink takes it out of whichever queue holds it; the check phase's batch
// follows next pointers, so an immediate cleared while its batch runs is
// skipped, as in Node.
func (im *immediateState) unlink(it *immediate) {
	if it.next != nil {
		it.next.prev = it.prev
	}
	if it.prev != nil {
		it.prev.next = it.next
	}
	if it == im.head {
		im.head = it.next
	}
	if it == im.tail {
		im.tail = it.prev
	}
	it.next, it.prev = nil, nil
}

func (im *immediateState) unref(it *immediate) {
	if it.refed == 1 {
		im.refs--
		if im.refs == 0 {
			im.idle = false
		}
	}
}

func (l *Loop) newImmediate(c goja.FunctionCall) goja.Value {
	vm := l.vm
	cb := c.Argument(0)
	vm.checkCallback(cb)
	im := &l.imm
	it := &immediate{st: im, onImmediate: cb, refed: 1}
	if len(c.Arguments) > 1 {
		it.args = append([]goja.Value(nil), c.Arguments[1:]...)
	}
	it.obj = vm.RT.NewDynamicObject(it)
	must(it.obj.SetPrototype(im.proto))
	if im.tail != nil {
		im.tail.next = it
		it.prev = im.tail
	} else {
		im.head = it
	}
	im.tail = it
	im.refs++
	im.idle = true
	return it.obj
}

// runImmediates is the check phase, Node's processImmediate.
func (l *Loop) runImmediates() {
	im := &l.imm
	if im.head == nil {
		return
	}
	im.batch, im.ran = im.head, nil
	im.head, im.tail = nil, nil
	l.resume = l.resumeImmediates
	for l.immediateStep() {
	}
	l.resume = nil
	im.batch, im.ran = nil, nil
}

// immediateStep runs the batch's next immediate, false when there is none.
// The next one is found from the last that ran, when needed: one cleared
// meanwhile (by a callback or a tick) is unlinked from the batch, as in Node.
func (l *Loop) immediateStep() bool {
	im := &l.imm
	for !l.stopped {
		it := im.batch
		if im.ran != nil {
			it = im.ran.next
		}
		if it == nil {
			return false
		}
		im.ran = it
		if it.destroyed {
			continue
		}
		it.destroyed = true
		im.unref(it)
		it.refed = -1
		js := l.ensureJS()
		if it.args == nil && it.argsVal == nil {
			l.runJS(js.runImmediate0, it.obj)
		} else {
			l.runJS(js.runImmediate, it.obj)
		}
		it.onImmediate = nil
		return true
	}
	return false
}

// resumeImmediates continues the phase after a callback threw (see threw).
func (l *Loop) resumeImmediates() {
	if it := l.imm.ran; it != nil {
		it.onImmediate = nil
	}
	l.immediateStep()
}

// bindImmediates puts setImmediate's Go half on internal.
func (l *Loop) bindImmediates() {
	rt := l.vm.RT
	im := &l.imm
	im.rt = rt
	in := l.vm.internal
	must(in.Set("setImmediate", nativeFunc(rt, "setImmediate", 1, l.newImmediate)))
	must(in.Set("clearImmediate", nativeFunc(rt, "clearImmediate", 1, func(c goja.FunctionCall) goja.Value {
		it := immediateOf(c.Argument(0))
		if it == nil || it.destroyed {
			return goja.Undefined()
		}
		it.destroyed = true
		im.unref(it)
		it.refed = -1
		it.onImmediate = nil
		im.unlink(it)
		return goja.Undefined()
	})))
	must(in.Set("immediateRef", func(c goja.FunctionCall) goja.Value {
		it := immediateOf(c.Argument(0))
		if it == nil {
			return goja.Undefined()
		}
		if c.Argument(1).ToBoolean() {
			if it.refed == 0 {
				it.refed = 1
				im.refs++
			}
		} else if it.refed == 1 {
			im.unref(it)
			it.refed = 0
		}
		return goja.Undefined()
	}))
	must(in.Set("immediateHasRef", func(c goja.FunctionCall) goja.Value {
		it := immediateOf(c.Argument(0))
		return rt.ToValue(it != nil && it.refed == 1)
	}))
}
