package runtime

import "testing"

func TestEventsGolden(t *testing.T) { runGoldenDir(t, "events") }
