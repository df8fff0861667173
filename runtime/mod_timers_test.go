package runtime

import "testing"

func TestTimersGolden(t *testing.T) { runGoldenDir(t, "timers") }
