package runtime

import (
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// TestBuiltinsGolden compares the built-ins tsrun adds to goja (groupBy,
// withResolvers, fromAsync, toLocaleString …) with Node 26's output
// (testdata/builtins, see runGoldenDir; TSRUN_UPDATE=1 regenerates).
func TestBuiltinsGolden(t *testing.T) { runGoldenDir(t, "builtins") }

// TestDateZoneNames: Date's toString ends with the zone's long name, as
// Node 26 prints it in these zones (goja writes the abbreviation).
func TestDateZoneNames(t *testing.T) {
	saved := time.Local
	defer func() { time.Local = saved }()
	for zone, want := range map[string]string{
		"UTC":             "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time) | 00:00:00 GMT+0000 (Coordinated Universal Time)\n",
		"Europe/Berlin":   "Thu Jan 01 1970 01:00:00 GMT+0100 (Central European Standard Time) | 01:00:00 GMT+0100 (Central European Standard Time)\n",
		"America/Chicago": "Wed Dec 31 1969 18:00:00 GMT-0600 (Central Standard Time) | 19:00:00 GMT-0500 (Central Daylight Time)\n",
		"Asia/Shanghai":   "Thu Jan 01 1970 08:00:00 GMT+0800 (China Standard Time) | 08:00:00 GMT+0800 (China Standard Time)\n",
		"Asia/Kolkata":    "Thu Jan 01 1970 05:30:00 GMT+0530 (India Standard Time) | 05:30:00 GMT+0530 (India Standard Time)\n",
	} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Skipf("no tz database: %v", err)
		}
		time.Local = loc
		got := runCase(t, `__write(String(new Date(0)) + " | " + new Date(15552000000).toTimeString() + "\n")`)
		if got != want {
			t.Errorf("%s: got %q, want %q", zone, got, want)
		}
	}
}

// TestLocalZoneName: Intl's time zone comes from $TZ as Node's does.
func TestLocalZoneName(t *testing.T) {
	for tz, want := range map[string]string{"Europe/Berlin": "Europe/Berlin", ":America/New_York": "America/New_York", "": "UTC", "UTC": "UTC"} {
		t.Setenv("TZ", tz)
		if got := localZoneName(); got != want {
			t.Errorf("TZ=%q: got %q, want %q", tz, got, want)
		}
	}
}

// BenchmarkInstallBuiltins: what the built-in stubs add to every start (no
// JavaScript is compiled until one of them is called).
func BenchmarkInstallBuiltins(b *testing.B) {
	for range b.N {
		rt := goja.New()
		vm := &VM{RT: rt, internal: rt.NewObject()}
		if err := installBuiltins(vm); err != nil {
			b.Fatal(err)
		}
		if err := installJSONParse(vm); err != nil {
			b.Fatal(err)
		}
		if err := installCaptureStackTrace(vm); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGojaNew is the baseline for BenchmarkInstallBuiltins.
func BenchmarkGojaNew(b *testing.B) {
	for range b.N {
		rt := goja.New()
		_ = &VM{RT: rt, internal: rt.NewObject()}
	}
}

// BenchmarkNumberToLocaleString: (x).toLocaleString() runs in Go; with
// options it runs the JavaScript formatter.
func BenchmarkNumberToLocaleString(b *testing.B) {
	for _, c := range []struct{ name, src string }{
		{"default", `(() => (1234.5).toLocaleString())`},
		{"options", `(() => (1234.5).toLocaleString(undefined, { maximumFractionDigits: 2 }))`},
	} {
		b.Run(c.name, func(b *testing.B) {
			var out strings.Builder
			vm, err := newVM(&processConfig{argv: []string{"node"}, stdin: strings.NewReader(""), stdout: &out, stderr: &out})
			if err != nil {
				b.Fatal(err)
			}
			v, err := vm.RT.RunString(c.src)
			if err != nil {
				b.Fatal(err)
			}
			f, _ := goja.AssertFunction(v)
			b.ResetTimer()
			for range b.N {
				if _, err := f(goja.Undefined()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
