package runtime

import "testing"

func TestAbortGolden(t *testing.T) { runGoldenDir(t, "abort") }
