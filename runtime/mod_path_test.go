package runtime

import "testing"

func TestPathGolden(t *testing.T) { runGoldenDir(t, "path") }
