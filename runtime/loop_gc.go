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

func startGCTuner() {
	gcTuneOnce.Do(func() {
		if os.Getenv("GOGC") != "" {
			return
		}
		debug.SetGCPercent(gcPercentFor(0))
		runtime.SetFinalizer(&gcSentinel{}, onGC)
	})
}

// gcSentinel becomes garbage in every cycle; its finalizer re-arms it.
type gcSentinel struct{ _ [32]byte }

var gcLive = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

func onGC(s *gcSentinel) {
	metrics.Read(gcLive)
	debug.SetGCPercent(gcPercentFor(gcLive[0].Value.Uint64()))
	runtime.SetFinalizer(s, onGC)
}

// gcPercentFor is the GOGC that puts the next collection gcFloor above a
// small live heap: Go's heap goal is live*(1+GOGC/100), at least 4 MB*GOGC/100.
func gcPercentFor(live uint64) int {
	base := max(live, 4<<20)
	return int(min(max(100*gcFloor/base, 100), gcMaxPercent))
}
