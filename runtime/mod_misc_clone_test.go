package runtime

import "testing"

func TestCloneGolden(t *testing.T) { runGoldenDir(t, "clone") }
