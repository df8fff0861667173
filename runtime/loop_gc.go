package runtime

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// The loop's garbage collector policy. A JavaScript program on goja
// allocates a lot per operation (an await ≈ 2 KB, a closure ≈ 800 B) while
// its live heap is often small, and at Go's default GOGC=100 the first
// collections come every 4 MB: 100k awaits made ~50 of them, and 100k
// pending timers spent half their time marking a heap that only grows. So
// while the live heap is small the collector lets it grow to at least
// gcFloor more before collecting again; once the live heap is larger than
// gcFloor this is plain GOGC=100, so memory stays proportional to what the
// program keeps. A GOGC set by the user wins.
//
// Pending timers are a hint on top of that (gcHint): a program that has
// made 100k timers holds 100k callbacks and Timeout objects until they
// fire, so a collection while they pend marks them all and frees nothing
// (timers_100k: one such collection marked 60 MB, ~25% of its run time).
// The policy counts gcTimerBytes per pending timer as live even before a
// collection has measured them; once one has, the measured live heap
// counts instead, whichever is larger. A program that makes garbage, not
// timers (awaits_100k), is unaffected and keeps its small, cache-warm heap.

var gcTuneOnce sync.Once

// gcFloor: measured on bench/loop, 64 MB took timers_100k from 0.66 to
// 0.38 s CPU and awaits_100k from 0.50 to 0.30 s; 128 MB saves timers_100k
// one more collection (0.41 → 0.35 s CPU, peak RSS 149 → 157 MB). The first
// collection still comes at 64 MB (gcMaxPercent), so awaits_100k peaks at
// 83 MB RSS (Node 71 MB), and a hello world never collects and keeps its
// 13 MB.
const (
	gcFloor      = 128 << 20
	gcMaxPercent = 1600
)

// gcTimerBytes is what a pending timer is presumed to hold: a Timeout
// with a callback of its own is ≈ 1 KB (timers_100k peaks at ≈ 100 MB of
// heap); half that, so that timers sharing one callback are not
// over-counted much. gcHintMin timers or fewer are not reported.
const (
	gcTimerBytes = 512
	gcHintMin    = 4096
)

var gcState struct {
	mu    sync.Mutex
	tuned bool   // the policy is on (no GOGC from the user)
	live  uint64 // live heap the last collection found; 0 before any
	hint  int64  // bytes presumed live by the loops' reports (gcHint)
}

func startGCTuner() {
	gcTuneOnce.Do(func() {
		if os.Getenv("GOGC") != "" {
			return
		}
		gcState.mu.Lock()
		gcState.tuned = true
		debug.SetGCPercent(gcPercentFor(0, 0))
		gcState.mu.Unlock()
		runtime.SetFinalizer(&gcSentinel{}, onGC)
	})
}

// gcSentinel becomes garbage in every cycle; its finalizer re-arms it.
type gcSentinel struct{ _ [32]byte }

var gcLive = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

func onGC(s *gcSentinel) {
	gcState.mu.Lock()
	metrics.Read(gcLive)
	gcState.live = gcLive[0].Value.Uint64()
	debug.SetGCPercent(gcPercentFor(gcState.live, uint64(max(gcState.hint, 0))))
	gcState.mu.Unlock()
	runtime.SetFinalizer(s, onGC)
}

// gcHint adds delta bytes to what the policy presumes live (pending
// timers: see timerState.reportPending) and sets the GC percent anew. It
// is called rarely: when a loop's count of pending timers doubles or
// quarters.
func gcHint(delta int64) {
	gcState.mu.Lock()
	defer gcState.mu.Unlock()
	gcState.hint += delta
	if gcState.tuned {
		debug.SetGCPercent(gcPercentFor(gcState.live, uint64(max(gcState.hint, 0))))
	}
}

// gcPercentFor is the GOGC that puts the next collection gcFloor above a
// small live heap: Go's heap goal is live*(1+GOGC/100), at least 4 MB*GOGC/100.
// A hint larger than live moves the goal to where it would be were the hint
// the live heap, expressed relative to the live heap Go goes by.
func gcPercentFor(live, hint uint64) int {
	if hint <= live {
		return floorPercent(live)
	}
	goal := hint + max(hint, 4<<20)*uint64(floorPercent(hint))/100
	return int((goal - live) * 100 / max(live, 4<<20))
}

func floorPercent(live uint64) int {
	base := max(live, 4<<20)
	return int(min(max(100*gcFloor/base, 100), gcMaxPercent))
}
