package runtime

import "testing"

// TestCaptureStackTraceGolden compares Error.captureStackTrace's behavior
// with Node 26's (testdata/errors_capture, see runGoldenDir).
func TestCaptureStackTraceGolden(t *testing.T) { runGoldenDir(t, "errors_capture") }
