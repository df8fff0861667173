package runtime

import "testing"

func TestEncodingGolden(t *testing.T) { runGoldenDir(t, "encoding") }
