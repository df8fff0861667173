package runtime

import (
	"math"
	"reflect"
	"strconv"

	"github.com/dop251/goja"
)

// Timers are Node's design (lib/internal/timers.js) kept in Go: one list
// per duration in whole ms, each in creation order (a timer made later with
// the same duration is due later, so appending keeps a list sorted), and a
// priority queue of the lists by expiry. Inserting and clearing are O(1)
// but for the few lists, and the order is Node's: the timers phase takes
// the list with the earliest expiry and runs every due timer in it before
// the next list, which is not always global deadline order.
//
// A Timeout is a goja dynamic object over the Go timer, with Timeout.prototype
// (js/timers.js) carrying the methods: an ordinary JavaScript object costs a
// property map per instance, and a program with 100k pending timers paid for
// it in time and in heap.

// timeoutMax is TIMEOUT_MAX: longer delays become 1 ms, as in Node.
const timeoutMax = 1<<31 - 1

// timerShortLists: delays below this many ms find their list by index. A
// loop like `setTimeout(f, i % 10)` alternates lists at every call, so the
// last-insert cache misses and each insert would hash.
const timerShortLists = 64

// timerSlab is how many timers are allocated at once: one allocation
// instead of four, and 512 bytes is the largest object with pointers that
// Go allocates without a header in front, so a slab starts 512-aligned
// (TestTimerLayout).
const timerSlab = 4

// timerListIDBase is Number.MIN_SAFE_INTEGER, where Node starts numbering
// its lists (a list's id breaks ties between equal expiries).
const timerListIDBase = -(1<<53 - 1)

// A timer is two cache lines, 64-byte aligned in its slab: the first holds
// all that the timers phase reads of a timer that is not an interval and
// has no arguments. With 100k pending timers every one is cold when it
// fires, but its first line is in cache by then: unlinking the timer that
// fired before it wrote its prev.
type timer struct {
	start     int64      // _idleStart
	prev      *timer     // older neighbour in list (nearer to firing)
	next      *timer     // newer neighbour
	list      *timerList // nil when not linked
	onTimeout goja.Value // _onTimeout; nil reads as undefined
	obj       *goja.Object
	refed     bool
	destroyed bool
	primitive bool // id read through Symbol.toPrimitive: clearTimeout(id) works
	interval  bool // repeat != 0
	withArgs  bool // hasArgs(), kept by syncArgs
	_         [3]byte

	ts     *timerState
	idle   float64    // _idleTimeout; -1 once cleared
	repeat float64    // _repeat; 0 is null
	id     int64      // the async id Symbol.toPrimitive returns
	side   *timerSide // nil for a timer without arguments or added properties
	_      [24]byte
}

// timerSide holds what few timers have, out of the timer itself: a program
// with many pending timers pays for every byte of each (timers_100k holds
// 100k of them), and page faults on fresh heap are a good part of its time.
type timerSide struct {
	args    []goja.Value // arguments after the delay; nil when none
	argsVal goja.Value   // _timerArgs once read or assigned
	extra   *extraProps
}

// setRepeat sets _repeat (0 for null).
func (t *timer) setRepeat(ms float64) {
	t.repeat, t.interval = ms, ms != 0
}

// syncArgs updates withArgs after a change of the side's arguments.
func (t *timer) syncArgs() {
	t.withArgs = t.side != nil && (t.side.args != nil || t.side.argsVal != nil)
}

// sideOf returns t's side fields, making them on first use.
func (t *timer) sideOf() *timerSide {
	if t.side == nil {
		t.side = &timerSide{}
	}
	return t.side
}

type timerList struct {
	msecs  int64
	expiry int64
	id     int64
	head   *timer // oldest: fires first
	tail   *timer
	index  int // in timerState.queue; -1 once removed
	obj    *goja.Object
	ts     *timerState
}

type timerState struct {
	rt     *goja.Runtime
	lists  map[int64]*timerList
	short  [timerShortLists]*timerList // lists[msecs] for small msecs, without hashing
	last   *timerList                  // the list of the last insert: loops make many timers alike
	slab   []timer                     // timers are allocated in chunks (see newTimer)
	queue  []*timerList
	listID int64
	nextID int64
	refs   int              // timers neither destroyed nor unref'd: Node's refCount
	live   int              // timers not destroyed, ref'd or not (see reportLive)
	known  map[int64]*timer // ids read through Symbol.toPrimitive

	phaseNow    int64  // the timers phase's time
	firing      *timer // the timer whose callback runs
	firingStart int64  // when it began, for an interval's next start

	// The running batch (runTimerBatches): timers fired in it, whether
	// next() found no more due timers, nextFn, its next(), and handoff, a
	// due timer with arguments that next() took out and left to
	// runTimerBatches.
	batchFired int
	batchDone  bool
	nextFn     goja.Value
	handoff    *timer

	// live as last reported to the GC policy (gcHint), and the counts
	// that make the next report: it doubles or quarters.
	hinted, hintHi, hintLo int

	proto, listProto *goja.Object // Timeout.prototype, TimersList.prototype
	js               *goja.Object // exports of js/timers.js, nil until first use
}

// next returns the earliest list expiry.
func (ts *timerState) next() (int64, bool) {
	if len(ts.queue) == 0 {
		return 0, false
	}
	return ts.queue[0].expiry, true
}

// ---- the priority queue of lists (a binary heap: few lists, cheap either way)

func (ts *timerState) less(i, j int) bool {
	a, b := ts.queue[i], ts.queue[j]
	if a.expiry != b.expiry {
		return a.expiry < b.expiry
	}
	return a.id < b.id
}

func (ts *timerState) swap(i, j int) {
	q := ts.queue
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}

func (ts *timerState) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !ts.less(i, p) {
			return
		}
		ts.swap(i, p)
		i = p
	}
}

func (ts *timerState) down(i int) {
	n := len(ts.queue)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && ts.less(r, l) {
			m = r
		}
		if !ts.less(m, i) {
			return
		}
		ts.swap(i, m)
		i = m
	}
}

func (ts *timerState) queuePush(list *timerList) {
	list.index = len(ts.queue)
	ts.queue = append(ts.queue, list)
	ts.up(list.index)
}

func (ts *timerState) queueRemove(list *timerList) {
	i := list.index
	if i < 0 {
		return
	}
	n := len(ts.queue) - 1
	if i != n {
		ts.swap(i, n)
	}
	ts.queue[n] = nil
	ts.queue = ts.queue[:n]
	list.index = -1
	if i != n {
		ts.down(i)
		ts.up(i)
	}
}

// dropList forgets an emptied list, as Node deletes it from its map and
// queue.
func (ts *timerState) dropList(list *timerList) {
	ts.queueRemove(list)
	if ts.lookup(list.msecs) == list {
		if uint64(list.msecs) < timerShortLists {
			ts.short[list.msecs] = nil
		} else {
			delete(ts.lists, list.msecs)
		}
	}
	if ts.last == list {
		ts.last = nil
	}
}

// ---- lists

func (list *timerList) unlink(t *timer) {
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		list.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		list.tail = t.prev
	}
	t.prev, t.next, t.list = nil, nil, nil
}

// lookup returns the list of timers of msecs, or nil.
func (ts *timerState) lookup(msecs int64) *timerList {
	if uint64(msecs) < timerShortLists {
		return ts.short[msecs]
	}
	return ts.lists[msecs]
}

// newTimer allocates a zeroed timer from the current chunk.
func (ts *timerState) newTimer() *timer {
	if len(ts.slab) == 0 {
		ts.slab = make([]timer, timerSlab)
	}
	t := &ts.slab[0]
	ts.slab = ts.slab[1:]
	return t
}

// insert is Node's insert: (re)start t from start in the list of its
// duration, making the list if there is none.
func (ts *timerState) insert(t *timer, start int64) {
	msecs := int64(t.idle) // the delay is >= 1 here; Node truncates it too
	t.start = start
	list := ts.last
	if list == nil || list.msecs != msecs {
		list = ts.lookup(msecs)
		if list == nil {
			list = &timerList{ts: ts, msecs: msecs, expiry: start + msecs, id: ts.listID}
			ts.listID++
			if uint64(msecs) < timerShortLists {
				ts.short[msecs] = list
			} else {
				ts.lists[msecs] = list
			}
			ts.queuePush(list)
		}
		ts.last = list
	}
	if t.list != nil {
		t.list.unlink(t)
	}
	t.list = list
	t.prev = list.tail
	if list.tail != nil {
		list.tail.next = t
	} else {
		list.head = t
	}
	list.tail = t
}

// insertGuarded is refresh(): restart a timer that was not cleared, making
// a fired one live again under a new id.
func (ts *timerState) insertGuarded(t *timer, now int64) {
	if !(t.idle >= 0) {
		return
	}
	ts.insert(t, now)
	if t.destroyed {
		t.destroyed = false
		ts.nextID++
		t.id = ts.nextID
		if t.refed {
			ts.refs++
		}
		ts.addLive(1)
	}
}

// unenroll is clearTimeout's half that stops the timer. Node 26 drops the
// callback and its arguments of a timer that was waiting or had fired, but
// not of one cleared from inside its own callback (its _onTimeout stays
// null there).
func (ts *timerState) unenroll(t *timer) {
	if t.destroyed {
		t.clean()
		return
	}
	t.destroyed = true
	if t.primitive {
		delete(ts.known, t.id)
	}
	if list := t.list; list != nil {
		list.unlink(t)
		if list.head == nil {
			ts.dropList(list)
		}
		t.clean()
	}
	t.idle = -1
	if t.refed {
		ts.refs--
	}
	ts.addLive(-1)
}

func (t *timer) clean() {
	t.onTimeout = nil
	if t.side != nil {
		t.side.args, t.side.argsVal = nil, nil
		t.withArgs = false
	}
}

// finish marks a fired timer done unless its callback restarted it.
func (ts *timerState) finish(t *timer) {
	if t.list != nil || t.destroyed {
		return
	}
	t.destroyed = true
	if t.primitive {
		delete(ts.known, t.id)
	}
	if t.refed {
		ts.refs--
	}
	ts.addLive(-1)
}

// addLive counts timers made or retired, and tells the GC policy when
// their number has doubled since it last did (see loop_gc.go): a program
// with many pending timers holds them all live. A fall is told once per
// loop iteration (lowerHint), not while a timers phase retires them: the
// collection it may start finds little live and has no hurry.
func (ts *timerState) addLive(d int) {
	ts.live += d
	if ts.live >= ts.hintHi {
		ts.reportLive(ts.live)
	}
}

// lowerHint tells the GC policy that the pending timers have quartered.
func (ts *timerState) lowerHint() {
	if ts.live < ts.hintLo {
		ts.reportLive(ts.live)
	}
}

func (ts *timerState) reportLive(n int) {
	if n < gcHintMin {
		n = 0
	}
	if n != ts.hinted {
		gcHint(int64(n-ts.hinted) * gcTimerBytes)
	}
	ts.hinted = n
	ts.hintHi, ts.hintLo = max(2*n, gcHintMin), n/4
}

// dropHint withdraws the loop's report when it ends: its timers will
// never fire, and a process may run more loops after it (tests, embedders).
func (ts *timerState) dropHint() {
	ts.reportLive(0)
	ts.hintHi = math.MaxInt
}

// runTimers is the timers phase, Node's processTimers: lists in expiry
// order, each run through listOnTimeout with the time read once as the
// phase began. The phase is entered when the first list is due by the
// iteration's loop time, as libuv's timer handle would be.
func (l *Loop) runTimers() {
	ts := &l.timers
	if len(ts.queue) == 0 || ts.queue[0].expiry > l.now {
		return
	}
	ts.phaseNow = l.hrNow()
	l.resume = l.resumeTimers
	if _, known := l.jobsPending(); known {
		l.runTimerBatches()
	} else {
		for l.timerStep() {
		}
	}
	l.resume = nil
}

// timerStep runs the next due timer, false when there is none: Node's
// listOnTimeout one timer at a time (the list with the earliest expiry stays
// first while its due timers run). A list's first timer that is not due yet
// sets the list's new expiry.
func (l *Loop) timerStep() bool {
	t := l.nextDueTimer()
	if t == nil {
		return false
	}
	l.fireTimeout(t)
	l.timerDone()
	return true
}

// nextDueTimer unlinks the next due timer and marks it firing, or returns
// nil when none is due.
func (l *Loop) nextDueTimer() *timer {
	ts := &l.timers
	now := ts.phaseNow
	for !l.stopped && len(ts.queue) > 0 {
		list := ts.queue[0]
		if list.expiry > now {
			return nil
		}
		t := list.head
		if t == nil {
			// Emptied: forget it (unless a clearTimeout already did).
			ts.dropList(list)
			continue
		}
		if now-t.start < list.msecs {
			list.expiry = max(t.start+list.msecs, now+1)
			list.id = ts.listID
			ts.listID++
			ts.down(list.index)
			continue
		}
		list.unlink(t)
		if t.onTimeout == nil || !t.onTimeout.ToBoolean() {
			// _onTimeout was emptied by hand: Node drops the timer.
			ts.finish(t)
			continue
		}
		ts.firing, ts.firingStart = t, 0
		if t.interval {
			ts.firingStart = l.hrNow()
		}
		return t
	}
	return nil
}

// runTimerBatches runs the due timers in batches (js/loop.js runTimeout0
// given next): one outermost goja call runs timer after timer until a
// callback leaves promise jobs or rejections behind, which goja runs only
// when that call returns. Node runs each timer's microtasks before the next
// timer; a timer that queued none lets the next one run in the same call,
// saving the cost of an outermost call per timer. A timer with arguments
// ends a batch and runs on its own (runTimeout), so that the batch need not
// read _timerArgs of every timer.
func (l *Loop) runTimerBatches() {
	js := l.ensureJS()
	ts := &l.timers
	for !l.stopped {
		t := ts.handoff
		ts.handoff = nil
		if t == nil {
			t = l.nextDueTimer()
		}
		if t == nil {
			return
		}
		if t.hasArgs() {
			l.fireTimeout(t)
			l.timerDone()
			continue
		}
		ts.batchFired, ts.batchDone = 1, false
		l.runJS2(js.runTimeout0, t.obj, l.timerNextFn())
		if ts.batchDone {
			return
		}
	}
}

// timerNextFn is the batch's next(): it retires the timer that just
// ran and hands out the next due one, or undefined to end the batch.
func (l *Loop) timerNextFn() goja.Value {
	ts := &l.timers
	if ts.nextFn == nil {
		ts.nextFn = l.vm.RT.ToValue(func(goja.FunctionCall) goja.Value {
			l.timerDone()
			if l.stopped {
				ts.batchDone = true
				return goja.Undefined()
			}
			if ts.batchFired > 0 && l.microtasksPending() {
				return goja.Undefined()
			}
			t := l.nextDueTimer()
			if t == nil {
				ts.batchDone = true
				return goja.Undefined()
			}
			if t.hasArgs() {
				ts.handoff = t
				return goja.Undefined()
			}
			ts.batchFired++
			return t.obj
		})
	}
	return ts.nextFn
}

// timerDone reschedules the interval or retires the timer whose callback
// just ran.
func (l *Loop) timerDone() {
	ts := &l.timers
	t := ts.firing
	if t == nil {
		return
	}
	ts.firing = nil
	if t.interval && t.idle != -1 {
		t.idle = t.repeat
		ts.insert(t, ts.firingStart)
	} else {
		ts.finish(t)
	}
}

// resumeTimers continues the phase after a callback threw (see threw).
func (l *Loop) resumeTimers() {
	l.timerDone()
	l.timerStep()
}

// hasArgs reports whether t's callback is called with arguments, or with
// what a program assigned to _timerArgs.
func (t *timer) hasArgs() bool { return t.withArgs }

// fireTimeout calls the timer's callback (see js/loop.js runTimeout).
func (l *Loop) fireTimeout(t *timer) {
	js := l.ensureJS()
	if !t.hasArgs() {
		l.runJS(js.runTimeout0, t.obj)
	} else {
		l.runJS(js.runTimeout, t.obj)
	}
}

// ---- the JavaScript side

var (
	timerType     = reflect.TypeFor[*timer]()
	immediateType = reflect.TypeFor[*immediate]()
)

// timerOf returns the Go timer behind a Timeout, or nil.
func timerOf(v goja.Value) *timer {
	if o, ok := v.(*goja.Object); ok && o.ExportType() == timerType {
		return o.Export().(*timer)
	}
	return nil
}

// nativeFunc makes a Go function with a JavaScript name and length.
func nativeFunc(rt *goja.Runtime, name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	fn := rt.ToValue(f).(*goja.Object)
	must(fn.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	must(fn.DefineDataProperty("length", rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	return fn
}

// funcType is the export type of goja's ordinary functions: comparing it
// is an allocation-free typeof check for the common case.
var funcType = reflect.TypeFor[func(goja.FunctionCall) goja.Value]()

// checkCallback throws Node's ERR_INVALID_ARG_TYPE unless cb is a function.
func (vm *VM) checkCallback(cb goja.Value) {
	if o, ok := cb.(*goja.Object); ok {
		if o.ExportType() == funcType {
			return
		}
		if _, ok := goja.AssertFunction(o); ok {
			return
		}
	}
	f, _ := goja.AssertFunction(vm.internal.Get("invalidArgType"))
	e, err := f(goja.Undefined(), vm.RT.ToValue("callback"), vm.RT.ToValue("function"), cb)
	if err != nil {
		panic(err)
	}
	panic(e)
}

// coerceDelay is the Timeout constructor's `after *= 1` and range check,
// with Node's warnings.
func (vm *VM) coerceDelay(v goja.Value) float64 {
	isNum := goja.IsNumber(v)
	after := v.ToFloat()
	if after >= 1 && after <= timeoutMax {
		return after
	}
	var msg, kind string
	text := vm.RT.ToValue(after).String()
	switch {
	case after > timeoutMax:
		msg, kind = text+" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.", "TimeoutOverflowWarning"
	case after < 0:
		msg, kind = text+" is a negative number.\nTimeout duration was set to 1.", "TimeoutNegativeWarning"
	case isNum && math.IsNaN(after):
		msg, kind = text+" is not a number.\nTimeout duration was set to 1.", "TimeoutNaNWarning"
	}
	if msg != "" {
		warn, _ := goja.AssertFunction(vm.internal.Get("warn"))
		if _, err := warn(goja.Undefined(), vm.RT.ToValue(msg), vm.RT.ToValue(kind)); err != nil {
			panic(err)
		}
	}
	return 1
}

// newTimeout is setTimeout and setInterval.
func (l *Loop) newTimeout(c goja.FunctionCall, repeat bool) goja.Value {
	vm := l.vm
	cb := c.Argument(0)
	vm.checkCallback(cb)
	after := vm.coerceDelay(c.Argument(1))
	ts := &l.timers
	ts.nextID++
	t := ts.newTimer()
	t.ts, t.onTimeout, t.idle, t.id, t.refed = ts, cb, after, ts.nextID, true
	if repeat {
		t.setRepeat(after)
	}
	if len(c.Arguments) > 2 {
		t.sideOf().args = append([]goja.Value(nil), c.Arguments[2:]...)
		t.withArgs = true
	}
	t.obj = vm.RT.NewDynamicObject(t)
	must(t.obj.SetPrototype(ts.proto))
	ts.refs++
	ts.addLive(1)
	ts.insert(t, l.hrNow())
	return t.obj
}

// clearTimeout is Node's: a Timeout whose _onTimeout is set, or the id a
// Timeout gave through Symbol.toPrimitive (number or string).
func (l *Loop) clearTimeout(v goja.Value) {
	ts := &l.timers
	if t := timerOf(v); t != nil {
		if t.onTimeout != nil && t.onTimeout.ToBoolean() {
			t.onTimeout = goja.Null()
			ts.unenroll(t)
		}
		return
	}
	var id int64
	switch {
	case goja.IsNumber(v):
		f := v.ToFloat()
		if f != math.Trunc(f) || math.Abs(f) > 1<<53 {
			return
		}
		id = int64(f)
	case goja.IsString(v):
		n, err := strconv.ParseInt(v.String(), 10, 64)
		if err != nil || strconv.FormatInt(n, 10) != v.String() {
			return
		}
		id = n
	default:
		return
	}
	if t := ts.known[id]; t != nil {
		t.idle = -1
		ts.unenroll(t)
	}
}

// bindTimers puts the Go half of js/timers.js on internal.
func (l *Loop) bindTimers() {
	vm := l.vm
	rt := vm.RT
	ts := &l.timers
	ts.rt = rt
	ts.lists = map[int64]*timerList{}
	ts.known = map[int64]*timer{}
	ts.listID = timerListIDBase
	if ts.hintHi == 0 { // not after dropHint
		ts.hintHi = gcHintMin
	}
	in := vm.internal
	must(in.Set("setTimeout", nativeFunc(rt, "setTimeout", 2, func(c goja.FunctionCall) goja.Value {
		return l.newTimeout(c, false)
	})))
	must(in.Set("setInterval", nativeFunc(rt, "setInterval", 2, func(c goja.FunctionCall) goja.Value {
		return l.newTimeout(c, true)
	})))
	must(in.Set("clearTimeout", nativeFunc(rt, "clearTimeout", 1, func(c goja.FunctionCall) goja.Value {
		l.clearTimeout(c.Argument(0))
		return goja.Undefined()
	})))
	must(in.Set("clearInterval", nativeFunc(rt, "clearInterval", 1, func(c goja.FunctionCall) goja.Value {
		l.clearTimeout(c.Argument(0))
		return goja.Undefined()
	})))
	must(in.Set("timerRefresh", func(c goja.FunctionCall) goja.Value {
		if t := timerOf(c.Argument(0)); t != nil {
			ts.insertGuarded(t, l.hrNow())
		}
		return goja.Undefined()
	}))
	must(in.Set("timerRef", func(c goja.FunctionCall) goja.Value {
		if t := timerOf(c.Argument(0)); t != nil {
			ref := c.Argument(1).ToBoolean()
			if t.refed != ref {
				t.refed = ref
				if !t.destroyed {
					if ref {
						ts.refs++
					} else {
						ts.refs--
					}
				}
			}
		}
		return goja.Undefined()
	}))
	must(in.Set("timerHasRef", func(c goja.FunctionCall) goja.Value {
		t := timerOf(c.Argument(0))
		return rt.ToValue(t != nil && t.refed)
	}))
	must(in.Set("timerPrimitive", func(c goja.FunctionCall) goja.Value {
		t := timerOf(c.Argument(0))
		if t == nil {
			return goja.Undefined()
		}
		if !t.primitive {
			t.primitive = true
			ts.known[t.id] = t
		}
		return rt.ToValue(t.id)
	}))
	l.bindImmediates()
}

// timersJS loads js/timers.js and binds its Go half on first use.
func (vm *VM) timersJS() (*goja.Object, error) {
	l := vm.Loop
	if l.timers.js != nil {
		return l.timers.js, nil
	}
	vm.bindCommon()
	l.bindTimers()
	v, err := vm.internalJS("timers")
	if err != nil {
		return nil, err
	}
	js := v.ToObject(vm.RT)
	proto := func(name string) *goja.Object {
		return js.Get(name).ToObject(vm.RT).Get("prototype").ToObject(vm.RT)
	}
	l.timers.proto = proto("Timeout")
	l.timers.listProto = proto("TimersList")
	l.imm.proto = proto("Immediate")
	l.timers.js = js
	return js, nil
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
