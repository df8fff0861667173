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
// %MapIteratorPrototype%.next to count steps in a WeakMap made for…of over
// a Map two to three times slower, and a step count cannot follow entries
// deleted behind the cursor. Reading the state costs nothing until an
// iterator is printed, and nothing at startup.
//
// The price is a dependency on goja's unexported layout (Object.self →
// *mapIterObject{iter, kind} → *orderedMapIter{m, cur} → *mapEntry{key,
// value, iterPrev, iterNext}, orderedMap.iterFirst). It is checked once,
// by name and type; if a goja upgrade changes it, previews report "unknown"
// and inspect falls back to `{ <items unknown> }`, and
// TestIteratorPreviewLayout fails so that the upgrade cannot go unnoticed.

import (
	"math"
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// iterLayout is where goja keeps an iterator's state, as field indices.
type iterLayout struct {
	self              int          // goja.Object.self (objectImpl)
	mapIter, setIter  reflect.Type // *mapIterObject, *setIterObject
	mapFields         [2]int       // iter, kind of mapIterObject
	setFields         [2]int       // iter, kind of setIterObject
	iterM, iterCur    int          // orderedMapIter.m, .cur
	mapFirst          int          // orderedMap.iterFirst
	key, value        int          // mapEntry.key, .value
	entryPrev, entryN int          // mapEntry.iterPrev, .iterNext
}

// goja's iterationKind values (runtime.go): keys, values, [key, value].
const (
	gojaIterKeys      = 0
	gojaIterValues    = 1
	gojaIterKeyValues = 2
)

var (
	iterLayoutOnce sync.Once
	iterLayoutOK   *iterLayout // nil when goja's layout is not the expected one
)

// readIterLayout finds the fields on iterators made by a scratch runtime,
// so that the types are goja's real ones rather than names guessed from
// strings.
func readIterLayout() *iterLayout {
	iterLayoutOnce.Do(func() {
		defer func() {
			// A layout surprise must degrade the preview, never crash inspect.
			if recover() != nil {
				iterLayoutOK = nil
			}
		}()
		iterLayoutOK = probeIterLayout()
	})
	return iterLayoutOK
}

func probeIterLayout() *iterLayout {
	rt := goja.New()
	v, err := rt.RunString(`[new Map([[1, 2]]).entries(), new Set([1]).values()]`)
	if err != nil {
		return nil
	}
	arr := v.ToObject(rt)
	mapIt, _ := arr.Get("0").(*goja.Object)
	setIt, _ := arr.Get("1").(*goja.Object)
	if mapIt == nil || setIt == nil {
		return nil
	}
	var l iterLayout
	objT := reflect.TypeFor[goja.Object]()
	f, ok := objT.FieldByName("self")
	if !ok || f.Type.Kind() != reflect.Interface {
		return nil
	}
	l.self = f.Index[0]
	l.mapIter = reflect.ValueOf(mapIt).Elem().Field(l.self).Elem().Type()
	l.setIter = reflect.ValueOf(setIt).Elem().Field(l.self).Elem().Type()
	if l.mapIter.Kind() != reflect.Pointer || l.setIter.Kind() != reflect.Pointer || l.mapIter == l.setIter {
		return nil
	}
	var iterT reflect.Type
	for i, t := range []reflect.Type{l.mapIter.Elem(), l.setIter.Elem()} {
		it, ok1 := t.FieldByName("iter")
		kind, ok2 := t.FieldByName("kind")
		if !ok1 || !ok2 || len(it.Index) != 1 || len(kind.Index) != 1 ||
			it.Type.Kind() != reflect.Pointer || kind.Type.Kind() != reflect.Int {
			return nil
		}
		if iterT == nil {
			iterT = it.Type
		} else if iterT != it.Type {
			return nil
		}
		fields := [2]int{it.Index[0], kind.Index[0]}
		if i == 0 {
			l.mapFields = fields
		} else {
			l.setFields = fields
		}
	}
	m, ok1 := iterT.Elem().FieldByName("m")
	cur, ok2 := iterT.Elem().FieldByName("cur")
	if !ok1 || !ok2 || m.Type.Kind() != reflect.Pointer || cur.Type.Kind() != reflect.Pointer {
		return nil
	}
	l.iterM, l.iterCur = m.Index[0], cur.Index[0]
	first, ok := m.Type.Elem().FieldByName("iterFirst")
	if !ok || first.Type != cur.Type {
		return nil
	}
	l.mapFirst = first.Index[0]
	entryT := cur.Type.Elem()
	valueT := reflect.TypeFor[goja.Value]()
	for name, dst := range map[string]*int{"key": &l.key, "value": &l.value} {
		f, ok := entryT.FieldByName(name)
		if !ok || f.Type != valueT {
			return nil
		}
		*dst = f.Index[0]
	}
	for name, dst := range map[string]*int{"iterPrev": &l.entryPrev, "iterNext": &l.entryN} {
		f, ok := entryT.FieldByName(name)
		if !ok || f.Type != cur.Type {
			return nil
		}
		*dst = f.Index[0]
	}
	// The walk must agree with goja's own next() on a known case.
	if p := l.preview(mapIt, math.Inf(1)); p == nil || p.kind != gojaIterKeyValues || p.total != 1 ||
		len(p.items) != 2 || p.items[0].ToInteger() != 1 || p.items[1].ToInteger() != 2 {
		return nil
	}
	if p := l.preview(setIt, math.Inf(1)); p == nil || p.kind != gojaIterValues || p.total != 1 {
		return nil
	}
	return &l
}

// iterPreview is what an iterator has left: total items (pairs count once),
// the first of them flattened (key, value, key, value… for pairs).
type iterPreview struct {
	isSet bool
	kind  int
	total int
	items []goja.Value
	state reflect.Value // the iterator object's *mapIterObject/*setIterObject
	field int           // its iter field
}

// preview reads o's remaining items, keeping at most max of them; nil when o
// is not a Map or Set iterator.
func (l *iterLayout) preview(o *goja.Object, max float64) *iterPreview {
	self := reflect.ValueOf(o).Elem().Field(l.self)
	if self.IsNil() {
		return nil
	}
	impl := self.Elem()
	p := &iterPreview{state: impl}
	switch impl.Type() {
	case l.mapIter:
		p.field, p.kind = l.mapFields[0], int(impl.Elem().Field(l.mapFields[1]).Int())
	case l.setIter:
		p.isSet = true
		p.field, p.kind = l.setFields[0], int(impl.Elem().Field(l.setFields[1]).Int())
	default:
		return nil
	}
	iter := impl.Elem().Field(p.field)
	if iter.IsNil() {
		return p // exhausted and closed
	}
	m := iter.Elem().Field(l.iterM)
	if m.IsNil() {
		return p
	}
	// goja's orderedMapIter.next: cur is the entry last yielded; if it has
	// been deleted since (key == nil), step back to the latest live one.
	cur := iter.Elem().Field(l.iterCur)
	for !cur.IsNil() && cur.Elem().Field(l.key).IsNil() {
		cur = cur.Elem().Field(l.entryPrev)
	}
	var e reflect.Value
	if cur.IsNil() {
		e = m.Elem().Field(l.mapFirst)
	} else {
		e = cur.Elem().Field(l.entryN)
	}
	pairs := p.kind == gojaIterKeyValues
	for ; !e.IsNil(); e = e.Elem().Field(l.entryN) {
		if float64(p.total) < max {
			key := readValue(e.Elem().Field(l.key))
			switch {
			case pairs && p.isSet:
				p.items = append(p.items, key, key)
			case pairs:
				p.items = append(p.items, key, readValue(e.Elem().Field(l.value)))
			case p.kind == gojaIterValues && !p.isSet:
				p.items = append(p.items, readValue(e.Elem().Field(l.value)))
			default:
				p.items = append(p.items, key)
			}
		}
		p.total++
	}
	return p
}

// close ends an iterator that has nothing left, as goja's next() does when
// it runs out: V8 drops an exhausted iterator's table when previewing it,
// so in Node entries added later are never yielded by an iterator that was
// printed empty.
func (p *iterPreview) close() {
	f := p.state.Elem().Field(p.field)
	if f.IsNil() {
		return
	}
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().SetZero()
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
		l := readIterLayout()
		if l == nil {
			return goja.Undefined()
		}
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return rt.ToValue("")
		}
		self := reflect.ValueOf(o).Elem().Field(l.self)
		if self.IsNil() {
			return rt.ToValue("")
		}
		switch self.Elem().Type() {
		case l.mapIter:
			return rt.ToValue("Map")
		case l.setIter:
			return rt.ToValue("Set")
		}
		return rt.ToValue("")
	}))
	must(internal.Set("iteratorPreview", func(call goja.FunctionCall) goja.Value {
		l := readIterLayout()
		o, ok := call.Argument(0).(*goja.Object)
		if l == nil || !ok {
			return goja.Undefined()
		}
		max := call.Argument(1).ToFloat()
		if math.IsNaN(max) {
			max = 0
		}
		p := l.preview(o, max)
		if p == nil {
			return goja.Undefined()
		}
		if p.total == 0 {
			p.close()
		}
		items := make([]any, len(p.items))
		for i, v := range p.items {
			items[i] = v
		}
		return rt.NewArray(p.kind == gojaIterKeyValues, p.total, rt.NewArray(items...))
	}))
}
