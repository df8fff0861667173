package runtime

import (
	"slices"

	"github.com/dop251/goja"
)

// The Timeout, TimersList and Immediate objects are goja dynamic objects
// (goja.DynamicObject) over the Go structs: their fields read the live
// state, in Node's key order. What a program assigns to Node's fields
// (t._onTimeout = f, t._repeat = 10) changes the timer as it would in Node;
// other keys are kept as extra properties. Dynamic objects cannot hold own
// Symbol-keyed properties or non-default attributes; Node's symbol fields
// (refed, asyncId...) are not exposed.

// extraProps are the properties a program adds to a timer object.
type extraProps struct {
	keys []string
	vals map[string]goja.Value
}

func (e *extraProps) get(k string) goja.Value {
	if e == nil {
		return nil
	}
	return e.vals[k]
}

func (e *extraProps) set(k string, v goja.Value) *extraProps {
	if e == nil {
		e = &extraProps{vals: map[string]goja.Value{}}
	}
	if _, ok := e.vals[k]; !ok {
		e.keys = append(e.keys, k)
	}
	e.vals[k] = v
	return e
}

func (e *extraProps) del(k string) {
	if e == nil {
		return
	}
	if _, ok := e.vals[k]; ok {
		delete(e.vals, k)
		e.keys = slices.DeleteFunc(e.keys, func(s string) bool { return s == k })
	}
}

func (e *extraProps) has(k string) bool {
	if e == nil {
		return false
	}
	_, ok := e.vals[k]
	return ok
}

func (e *extraProps) withKeys(fixed []string) []string {
	out := slices.Clone(fixed)
	if e != nil {
		out = append(out, e.keys...)
	}
	return out
}

func orUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// argsArray is _timerArgs / _argv: made on first read, then kept, so a
// program sees one array.
func argsArray(rt *goja.Runtime, args *[]goja.Value, val *goja.Value) goja.Value {
	if *val != nil {
		return *val
	}
	if *args == nil {
		return goja.Undefined()
	}
	items := make([]any, len(*args))
	for i, a := range *args {
		items[i] = a
	}
	*val = rt.NewArray(items...)
	*args = nil
	return *val
}

var timeoutKeys = []string{"_idleTimeout", "_idlePrev", "_idleNext", "_idleStart", "_onTimeout", "_timerArgs", "_repeat", "_destroyed"}

func (t *timer) Get(key string) goja.Value {
	if key == "_onTimeout" {
		// The timers phase reads it of every timer: the rest of Get
		// touches the timer's second cache line.
		return orUndefined(t.onTimeout)
	}
	rt := t.ts.rt
	switch key {
	case "_idleTimeout":
		return rt.ToValue(t.idle)
	case "_idlePrev":
		// Node links a new timer in on the list's _idleNext side and fires
		// from its _idlePrev side.
		if t.list == nil {
			return goja.Null()
		}
		if t.next != nil {
			return t.next.obj
		}
		return t.list.object()
	case "_idleNext":
		if t.list == nil {
			return goja.Null()
		}
		if t.prev != nil {
			return t.prev.obj
		}
		return t.list.object()
	case "_idleStart":
		return rt.ToValue(t.start)
	case "_timerArgs":
		if t.side == nil {
			return goja.Undefined()
		}
		return argsArray(rt, &t.side.args, &t.side.argsVal)
	case "_repeat":
		if t.repeat == 0 {
			return goja.Null()
		}
		return rt.ToValue(t.repeat)
	case "_destroyed":
		return rt.ToValue(t.destroyed)
	}
	if t.side == nil {
		return nil
	}
	return t.side.extra.get(key)
}

func (t *timer) Set(key string, v goja.Value) bool {
	switch key {
	case "_idleTimeout":
		if goja.IsUndefined(v) {
			t.idle = -1
		} else {
			t.idle = v.ToFloat()
		}
	case "_onTimeout":
		t.onTimeout = v
	case "_timerArgs":
		side := t.sideOf()
		side.argsVal, side.args = v, nil
		t.syncArgs()
	case "_repeat":
		// Node tests the field for truth and then uses it as a duration.
		if f := v.ToFloat(); f > 0 && f <= timeoutMax {
			t.setRepeat(f)
		} else {
			t.setRepeat(0)
		}
	case "_destroyed":
		t.destroyed = v.ToBoolean()
	case "_idleStart":
		t.start = v.ToInteger()
	case "_idlePrev", "_idleNext":
		// The links are the loop's own.
	default:
		side := t.sideOf()
		side.extra = side.extra.set(key, v)
	}
	return true
}

func (t *timer) Has(key string) bool {
	return slices.Contains(timeoutKeys, key) || t.side != nil && t.side.extra.has(key)
}

func (t *timer) Delete(key string) bool {
	switch key {
	case "_onTimeout":
		t.onTimeout = nil
	case "_timerArgs":
		side := t.sideOf()
		side.argsVal, side.args = goja.Undefined(), nil
		t.syncArgs()
	default:
		if t.side != nil {
			t.side.extra.del(key)
		}
	}
	return true
}

func (t *timer) Keys() []string {
	if t.side == nil {
		return slices.Clone(timeoutKeys)
	}
	return t.side.extra.withKeys(timeoutKeys)
}

// object is the list's TimersList, made when a program first reaches it.
func (list *timerList) object() *goja.Object {
	if list.obj == nil {
		list.obj = list.ts.rt.NewDynamicObject(list)
		must(list.obj.SetPrototype(list.ts.listProto))
	}
	return list.obj
}

var timersListKeys = []string{"_idleNext", "_idlePrev", "expiry", "id", "msecs", "priorityQueuePosition"}

func (list *timerList) Get(key string) goja.Value {
	rt := list.ts.rt
	switch key {
	case "_idleNext":
		if list.tail != nil {
			return list.tail.obj
		}
		return list.object()
	case "_idlePrev":
		if list.head != nil {
			return list.head.obj
		}
		return list.object()
	case "expiry":
		return rt.ToValue(list.expiry)
	case "id":
		return rt.ToValue(list.id)
	case "msecs":
		return rt.ToValue(list.msecs)
	case "priorityQueuePosition":
		if list.index < 0 {
			return goja.Null()
		}
		return rt.ToValue(list.index + 1)
	}
	return nil
}

// Set ignores writes: a list is the loop's bookkeeping.
func (list *timerList) Set(string, goja.Value) bool { return true }
func (list *timerList) Has(key string) bool         { return slices.Contains(timersListKeys, key) }
func (list *timerList) Delete(string) bool          { return true }
func (list *timerList) Keys() []string              { return slices.Clone(timersListKeys) }

var immediateKeys = []string{"_idleNext", "_idlePrev", "_onImmediate", "_argv", "_destroyed"}

func (it *immediate) Get(key string) goja.Value {
	switch key {
	case "_idleNext":
		if it.next != nil {
			return it.next.obj
		}
		return goja.Null()
	case "_idlePrev":
		if it.prev != nil {
			return it.prev.obj
		}
		return goja.Null()
	case "_onImmediate":
		return orUndefined(it.onImmediate)
	case "_argv":
		return argsArray(it.st.rt, &it.args, &it.argsVal)
	case "_destroyed":
		return it.st.rt.ToValue(it.destroyed)
	}
	return it.extra.get(key)
}

func (it *immediate) Set(key string, v goja.Value) bool {
	switch key {
	case "_onImmediate":
		it.onImmediate = v
	case "_argv":
		it.argsVal, it.args = v, nil
	case "_destroyed":
		it.destroyed = v.ToBoolean()
	case "_idleNext", "_idlePrev":
	default:
		it.extra = it.extra.set(key, v)
	}
	return true
}

func (it *immediate) Has(key string) bool {
	return slices.Contains(immediateKeys, key) || it.extra.has(key)
}

func (it *immediate) Delete(key string) bool {
	switch key {
	case "_onImmediate":
		it.onImmediate = nil
	case "_argv":
		it.argsVal, it.args = goja.Undefined(), nil
	default:
		it.extra.del(key)
	}
	return true
}

func (it *immediate) Keys() []string { return it.extra.withKeys(immediateKeys) }
