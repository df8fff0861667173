package runtime

import "testing"

func TestOsGolden(t *testing.T) { runGoldenDir(t, "os") }
