package runtime

import (
	"reflect"
	"sync"

	"github.com/dop251/goja"
)

// goja runs promise jobs only when the outermost call into it returns, and
// its API does not say whether any are queued. Batching loop callbacks in
// one call (timers.go runTimerBatches) needs to know, so it reads the
// length of the Runtime's unexported job queue by reflection: read only,
// never written. If a goja upgrade renames or retypes the field, known is
// false and the loop falls back to one outermost call per callback;
// TestJobQueueLayout fails so that the upgrade does not go unnoticed.

var jobQueueField = sync.OnceValue(func() int {
	f, ok := reflect.TypeFor[goja.Runtime]().FieldByName("jobQueue")
	if !ok || len(f.Index) != 1 || f.Type.Kind() != reflect.Slice || f.Type.Elem().Kind() != reflect.Func {
		return -1
	}
	return f.Index[0]
})

// jobsPending reports whether promise jobs are queued in rt; known is
// false when goja's layout is not the expected one.
func (l *Loop) jobsPending() (pending, known bool) {
	i := jobQueueField()
	if i < 0 {
		return true, false
	}
	return reflect.ValueOf(l.vm.RT).Elem().Field(i).Len() > 0, true
}

// microtasksPending reports whether what Node runs between two callbacks
// of a phase has anything to do: promise jobs, or rejections to process.
func (l *Loop) microtasksPending() bool {
	if pending, _ := l.jobsPending(); pending {
		return true
	}
	r := &l.rejections
	return len(r.pending) > 0 || len(r.handled) > 0
}
