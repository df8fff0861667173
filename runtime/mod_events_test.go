package runtime

import (
	"bytes"
	"strings"
	"testing"
)

func TestEventsGolden(t *testing.T) { runGoldenDir(t, "events") }

// TestEventsFatal checks the hook the uncaught-exception report uses:
// Node's "Emitted 'error' event" trailer and its ERR_UNHANDLED_ERROR site.
func TestEventsFatal(t *testing.T) {
	for _, tc := range []struct {
		name, src         string
		header, stackPart string
	}{
		{"error", "new E().emit('error', new Error('x'))", "", "\nEmitted 'error' event at:\n"},
		{"subclass", "new (class Sub extends E {})().emit('error', new Error('x'))", "", "\nEmitted 'error' event on Sub instance at:\n"},
		{"non-error", "new E().emit('error', 42)",
			"node:events:477\n  const err = new ERR_UNHANDLED_ERROR(stringifiedEr);\n              ^\n", "Error [ERR_UNHANDLED_ERROR]: Unhandled error. (42)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vm, err := newVM(&processConfig{argv: []string{"node"}, stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}})
			if err != nil {
				t.Fatal(err)
			}
			ee, err := vm.Require("events")
			if err != nil {
				t.Fatal(err)
			}
			must(vm.RT.Set("E", ee))
			v, err := vm.RT.RunString("(() => { try { " + tc.src + " } catch (e) { return e } })()")
			if err != nil {
				t.Fatal(err)
			}
			if got := vm.eventsFatal(v); got != tc.header {
				t.Errorf("header = %q, want %q", got, tc.header)
			}
			if stack := v.ToObject(vm.RT).Get("stack").String(); !strings.Contains(stack, tc.stackPart) {
				t.Errorf("stack %q lacks %q", stack, tc.stackPart)
			}
		})
	}
}
