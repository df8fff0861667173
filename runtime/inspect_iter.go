package runtime

// Node prints a Map or Set iterator with the items it has not yet yielded
// (`[Map Iterator] { 'b', 'c' }`), read through V8's previewEntries without
// advancing it. goja has no such API, so the preview reads goja's own
// iterator state by reflection: an iterator object holds a cursor into the
// collection's entry list, and replaying goja's next() walk from that cursor
// without moving it yields exactly what next() would, deletions, additions
// and clear() included.
//
// Tracking from JavaScript was measured and rejected: wrapping the shared
// %MapIteratorPrototype%.next to count steps in a WeakMap took for…of over
// the values of a 1e6-entry Map from 1.3 to 2.4 s of CPU (+1.1 µs a step),
// and a step count cannot follow entries deleted behind the cursor. Reading
// the state costs nothing until an iterator is printed, and nothing at
// startup.
//
// The price is a dependency on goja's unexported layout (Object.self →
// *mapIterObject{iter, kind} → *orderedMapIter{m, cur} → *mapEntry{key,
// value, iterPrev, iterNext}, orderedMap.iterFirst). It is looked up by
// name and checked by type the first time an iterator is seen; if a goja
// upgrade changes it, previews report "unknown" and inspect falls back to
// `{ <items unknown> }`, and TestIteratorPreviewLayout fails so that the
// upgrade cannot go unnoticed.

import (
	"math"
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

const gojaPkgPath = "github.com/dop251/goja"

// goja's iterationKind values (runtime.go): keys, values, [key, value].
const (
	gojaIterKeys      = 0
	gojaIterValues    = 1
	gojaIterKeyValues = 2
)

// iterLayout is where one of goja's iterator types keeps its state, as
// field indices.
type iterLayout struct {
	isSet          bool
	iter, kind     int // mapIterObject/setIterObject.iter, .kind
	iterM, iterCur int // orderedMapIter.m, .cur
	mapFirst       int // orderedMap.iterFirst
	key, value     int // mapEntry.key, .value
	prev, next     int // mapEntry.iterPrev, .iterNext
}

// objectSelfField is the index of goja.Object's implementation (an
// interface holding *mapIterObject, *setIterObject, …), or -1.
var objectSelfField = sync.OnceValue(func() int {
	f, ok := reflect.TypeFor[goja.Object]().FieldByName("self")
	if !ok || len(f.Index) != 1 || f.Type.Kind() != reflect.Interface {
		return -1
	}
	return f.Index[0]
})

// iterLayouts caches layoutOf per implementation type: at most two entries.
var iterLayouts sync.Map // reflect.Type → *iterLayout (nil: unreadable)

// iteratorImpl returns o's implementation when o is one of goja's Map or Set
// iterators, with its layout. known is false when goja's layout is not the
// expected one, so that nothing can be said.
func iteratorImpl(o *goja.Object) (impl reflect.Value, l *iterLayout, known bool) {
	self := objectSelfField()
	if self < 0 {
		return reflect.Value{}, nil, false
	}
	v := reflect.ValueOf(o).Elem().Field(self)
	if v.IsNil() {
		return reflect.Value{}, nil, true
	}
	impl = v.Elem()
	t := impl.Type()
	if t.Kind() != reflect.Pointer || t.Elem().PkgPath() != gojaPkgPath {
		return reflect.Value{}, nil, true
	}
	name := t.Elem().Name()
	if name != "mapIterObject" && name != "setIterObject" {
		return reflect.Value{}, nil, true
	}
	cached, ok := iterLayouts.Load(t)
	if !ok {
		cached, _ = iterLayouts.LoadOrStore(t, layoutOf(t.Elem(), name == "setIterObject"))
	}
	l = cached.(*iterLayout)
	return impl, l, l != nil
}

// layoutOf finds the iterator's fields by name and checks their types.
func layoutOf(t reflect.Type, isSet bool) *iterLayout {
	l := &iterLayout{isSet: isSet}
	field := func(t reflect.Type, name string, kind reflect.Kind, dst *int) reflect.Type {
		f, ok := t.FieldByName(name)
		if !ok || len(f.Index) != 1 || f.Type.Kind() != kind {
			return nil
		}
		*dst = f.Index[0]
		return f.Type
	}
	iterT := field(t, "iter", reflect.Pointer, &l.iter)
	if iterT == nil || field(t, "kind", reflect.Int, &l.kind) == nil {
		return nil
	}
	mapT := field(iterT.Elem(), "m", reflect.Pointer, &l.iterM)
	entryT := field(iterT.Elem(), "cur", reflect.Pointer, &l.iterCur)
	if mapT == nil || entryT == nil || field(mapT.Elem(), "iterFirst", reflect.Pointer, &l.mapFirst) != entryT {
		return nil
	}
	valueT := reflect.TypeFor[goja.Value]()
	if field(entryT.Elem(), "key", reflect.Interface, &l.key) != valueT ||
		field(entryT.Elem(), "value", reflect.Interface, &l.value) != valueT ||
		field(entryT.Elem(), "iterPrev", reflect.Pointer, &l.prev) != entryT ||
		field(entryT.Elem(), "iterNext", reflect.Pointer, &l.next) != entryT {
		return nil
	}
	return l
}

// iterPreview is what an iterator has left: total items (a pair counts
// once) and the first of them, flattened (key, value, key, value… for
// pairs).
type iterPreview struct {
	kind  int
	total int
	items []goja.Value
	close func()
}

// preview reads the remaining items of the iterator impl, keeping at most
// max of them.
func (l *iterLayout) preview(impl reflect.Value, max float64) *iterPreview {
	state := impl.Elem()
	p := &iterPreview{kind: int(state.Field(l.kind).Int())}
	iter := state.Field(l.iter)
	// goja's next() on a finished iterator: o.iter is nil, or iter.m is.
	if iter.IsNil() {
		return p
	}
	m := iter.Elem().Field(l.iterM)
	if m.IsNil() {
		return p
	}
	// V8 drops an exhausted iterator's table when previewing it, so in Node
	// an iterator printed empty never yields entries added later; ending it
	// the way goja's next() does when it runs out keeps that.
	p.close = func() {
		f := state.Field(l.iter)
		reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().SetZero()
	}
	// goja's orderedMapIter.next: cur is the entry last yielded; if it has
	// been deleted since (key == nil), step back to the latest live one.
	cur := iter.Elem().Field(l.iterCur)
	for !cur.IsNil() && cur.Elem().Field(l.key).IsNil() {
		cur = cur.Elem().Field(l.prev)
	}
	var e reflect.Value
	if cur.IsNil() {
		e = m.Elem().Field(l.mapFirst)
	} else {
		e = cur.Elem().Field(l.next)
	}
	pairs := p.kind == gojaIterKeyValues
	for ; !e.IsNil(); e = e.Elem().Field(l.next) {
		if float64(p.total) < max {
			key := readValue(e.Elem().Field(l.key))
			switch {
			case pairs && l.isSet:
				p.items = append(p.items, key, key)
			case pairs:
				p.items = append(p.items, key, readValue(e.Elem().Field(l.value)))
			case p.kind == gojaIterValues && !l.isSet:
				p.items = append(p.items, readValue(e.Elem().Field(l.value)))
			default:
				p.items = append(p.items, key)
			}
		}
		p.total++
	}
	return p
}

// readValue returns the goja.Value held in an unexported field.
func readValue(f reflect.Value) goja.Value {
	v, _ := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(goja.Value)
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// installIteratorHelpers puts on internal the iterator helpers of
// js/inspect_iter.js and js/inspect.js:
//
//	iteratorKind(v)         'Map' | 'Set' | '' (a brand check), undefined if unreadable
//	iteratorPreview(v, max) undefined | [isKeyValue, total, items]
func installIteratorHelpers(rt *goja.Runtime, internal *goja.Object) {
	must(internal.Set("iteratorKind", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return rt.ToValue("")
		}
		_, l, known := iteratorImpl(o)
		switch {
		case !known:
			return goja.Undefined()
		case l == nil:
			return rt.ToValue("")
		case l.isSet:
			return rt.ToValue("Set")
		}
		return rt.ToValue("Map")
	}))
	must(internal.Set("iteratorPreview", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		impl, l, _ := iteratorImpl(o)
		if l == nil {
			return goja.Undefined()
		}
		max := call.Argument(1).ToFloat()
		if math.IsNaN(max) {
			max = 0
		}
		p := l.preview(impl, max)
		if p.total == 0 && p.close != nil {
			p.close()
		}
		items := make([]any, len(p.items))
		for i, v := range p.items {
			items[i] = v
		}
		return rt.NewArray(p.kind == gojaIterKeyValues, p.total, rt.NewArray(items...))
	}))
}
