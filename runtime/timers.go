package runtime

import (
	"container/heap"
	"strconv"

	"github.com/dop251/goja"
)

// Timers follow Node on libuv: one deadline heap (ms loop time), ties in
// creation order; the timers phase runs every timer due at the loop time
// taken when the iteration began, so a timer created during the phase (due
// at least 1 ms later) waits for a later iteration. Intervals are
// rescheduled from the time just before their callback, as Node's
// listOnTimeout does. The JavaScript objects (Timeout, Immediate) live in
// js/timers.js.

type timer struct {
	id       int64
	obj      *goja.Object // the Timeout
	deadline int64
	seq      uint64
	delay    int64
	repeat   int64
	ref      bool
	index    int // in the heap; -1 when not scheduled
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].deadline != h[j].deadline {
		return h[i].deadline < h[j].deadline
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

type timerState struct {
	heap   timerHeap
	byID   map[int64]*timer
	nextID int64
	seq    uint64
	refs   int // scheduled timers with ref

	js *goja.Object // exports of js/timers.js, nil until first use
}

// next returns the earliest deadline.
func (ts *timerState) next() (int64, bool) {
	if len(ts.heap) == 0 {
		return 0, false
	}
	return ts.heap[0].deadline, true
}

func (ts *timerState) schedule(t *timer, deadline int64) {
	ts.seq++
	t.deadline = deadline
	t.seq = ts.seq
	if t.index >= 0 {
		heap.Fix(&ts.heap, t.index)
		return
	}
	heap.Push(&ts.heap, t)
	if t.ref {
		ts.refs++
	}
}

func (ts *timerState) unschedule(t *timer) {
	if t.index < 0 {
		return
	}
	heap.Remove(&ts.heap, t.index)
	if t.ref {
		ts.refs--
	}
}

// immediate is one setImmediate; the check phase runs the queue as it was
// when the phase began.
type immediate struct {
	id      int64
	obj     *goja.Object
	ref     bool
	cleared bool
}

type immediateState struct {
	// idle mirrors Node's idle handle, which keeps poll from blocking while
	// immediates wait: a new immediate starts it, dropping the last ref
	// stops it, and re-ref'ing an immediate does not restart it (so such an
	// immediate waits for the next timer, as in Node 26).
	idle   bool
	queue  []*immediate
	byID   map[int64]*immediate
	nextID int64
	refs   int
}

// runTimers is the timers phase.
func (l *Loop) runTimers() {
	ts := &l.timers
	for len(ts.heap) > 0 && !l.stopped {
		t := ts.heap[0]
		if t.deadline > l.now {
			return
		}
		var start int64
		if t.repeat > 0 {
			start = l.hrNow()
		}
		ts.unschedule(t)
		seq := t.seq
		fn := t.obj.Get("_onTimeout")
		if t.repeat == 0 {
			delete(ts.byID, t.id)
		}
		l.fireTimer(t, fn)
		// Reschedule an interval unless its callback cleared or refreshed it.
		if t.repeat > 0 && t.index < 0 && t.seq == seq {
			if _, live := ts.byID[t.id]; live {
				ts.schedule(t, start+t.repeat)
			}
		}
	}
}

func (l *Loop) fireTimer(t *timer, fn goja.Value) {
	js := l.timers.js
	if _, ok := goja.AssertFunction(fn); !ok {
		return
	}
	args := arrayValues(t.obj.Get("_timerArgs"))
	if t.repeat == 0 {
		if f, ok := goja.AssertFunction(js.Get("fired")); ok {
			_, _ = f(goja.Undefined(), t.obj)
		}
	}
	l.Call(fn, t.obj, args...)
}

// runImmediates is the check phase.
func (l *Loop) runImmediates() {
	im := &l.imm
	if len(im.queue) == 0 {
		return
	}
	batch := im.queue
	im.queue = nil
	for _, it := range batch {
		if it.cleared {
			continue
		}
		if l.stopped {
			return
		}
		it.cleared = true
		if it.ref {
			im.refs--
		}
		delete(im.byID, it.id)
		fn := it.obj.Get("_onImmediate")
		args := arrayValues(it.obj.Get("_argv"))
		if f, ok := goja.AssertFunction(l.timers.js.Get("immediateDone")); ok {
			_, _ = f(goja.Undefined(), it.obj)
		}
		if _, ok := goja.AssertFunction(fn); ok {
			l.Call(fn, it.obj, args...)
		}
	}
}

// timersJS loads js/timers.js and binds its Go half on first use.
func (vm *VM) timersJS() (*goja.Object, error) {
	l := vm.Loop
	if l.timers.js != nil {
		return l.timers.js, nil
	}
	ts := &l.timers
	ts.byID = map[int64]*timer{}
	l.imm.byID = map[int64]*immediate{}
	in := vm.internal
	rt := vm.RT
	vm.bindCommon()
	must(in.Set("timerStart", func(c goja.FunctionCall) goja.Value {
		delay := c.Argument(1).ToInteger()
		ts.nextID++
		t := &timer{id: ts.nextID, obj: c.Argument(0).ToObject(rt), delay: delay,
			repeat: c.Argument(2).ToInteger(), ref: c.Argument(3).ToBoolean(), index: -1}
		ts.byID[t.id] = t
		ts.schedule(t, l.hrNow()+delay)
		return rt.ToValue(t.id)
	}))
	must(in.Set("timerClear", func(c goja.FunctionCall) goja.Value {
		if t, ok := ts.byID[c.Argument(0).ToInteger()]; ok {
			ts.unschedule(t)
			delete(ts.byID, t.id)
		}
		return goja.Undefined()
	}))
	must(in.Set("timerRefresh", func(c goja.FunctionCall) goja.Value {
		id := c.Argument(0).ToInteger()
		t, ok := ts.byID[id]
		if !ok {
			// Fired: js/timers.js starts it again under a new id.
			return rt.ToValue(false)
		}
		ts.schedule(t, l.hrNow()+t.delay)
		return rt.ToValue(true)
	}))
	must(in.Set("timerRef", func(c goja.FunctionCall) goja.Value {
		if t, ok := ts.byID[c.Argument(0).ToInteger()]; ok {
			ref := c.Argument(1).ToBoolean()
			if t.ref != ref && t.index >= 0 {
				if ref {
					ts.refs++
				} else {
					ts.refs--
				}
			}
			t.ref = ref
		}
		return goja.Undefined()
	}))
	im := &l.imm
	must(in.Set("immediateStart", func(c goja.FunctionCall) goja.Value {
		im.nextID++
		it := &immediate{id: im.nextID, obj: c.Argument(0).ToObject(rt), ref: true}
		im.byID[it.id] = it
		im.queue = append(im.queue, it)
		im.refs++
		im.idle = true
		return rt.ToValue(it.id)
	}))
	must(in.Set("immediateClear", func(c goja.FunctionCall) goja.Value {
		if it, ok := im.byID[c.Argument(0).ToInteger()]; ok && !it.cleared {
			it.cleared = true
			if it.ref {
				im.refs--
			}
			delete(im.byID, it.id)
		}
		return goja.Undefined()
	}))
	must(in.Set("immediateRef", func(c goja.FunctionCall) goja.Value {
		if it, ok := im.byID[c.Argument(0).ToInteger()]; ok && !it.cleared {
			ref := c.Argument(1).ToBoolean()
			if it.ref != ref {
				if ref {
					im.refs++
				} else {
					im.refs--
					if im.refs == 0 {
						im.idle = false
					}
				}
			}
			it.ref = ref
		}
		return goja.Undefined()
	}))
	must(in.Set("immediateHasRef", func(c goja.FunctionCall) goja.Value {
		it, ok := im.byID[c.Argument(0).ToInteger()]
		return rt.ToValue(ok && it.ref)
	}))
	v, err := vm.internalJS("timers")
	if err != nil {
		return nil, err
	}
	l.timers.js = v.ToObject(rt)
	return l.timers.js, nil
}

// timerGlobals are the names js/timers.js provides as globals.
var timerGlobals = []string{"setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"}

func init() {
	registerGlobals(1, "timers", func(vm *VM) error {
		for _, name := range timerGlobals {
			vm.defineLazyGlobal(name, true, func() (goja.Value, error) {
				js, err := vm.timersJS()
				if err != nil {
					return nil, err
				}
				// Settle all six at once: they come from one file.
				for _, other := range timerGlobals {
					if other != name {
						must(vm.RT.GlobalObject().DefineDataProperty(other, js.Get(other), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
					}
				}
				return js.Get(name), nil
			})
		}
		vm.defineLazyGlobal("queueMicrotask", true, func() (goja.Value, error) {
			return vm.queueMicrotaskFunc(), nil
		})
		return nil
	})
}

// arrayValues lists the elements of a JS array (nil for undefined).
func arrayValues(v goja.Value) []goja.Value {
	a, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := a.Get("length").ToInteger()
	out := make([]goja.Value, n)
	for i := range n {
		out[i] = a.Get(strconv.FormatInt(i, 10))
	}
	return out
}
