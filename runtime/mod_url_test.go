package runtime

import "testing"

func TestURLGolden(t *testing.T) { runGoldenDir(t, "url") }
