package tsrun_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayering keeps the dependency direction of DESIGN.md: diag imports
// only the standard library; only strip imports esbuild; only runtime
// imports goja; only cmd/tsrun imports cobra; and the lower layers never
// import the upper ones.
func TestLayering(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list; skipped in -short mode")
	}
	const mod = "github.com/tsrun-dev/tsrun"
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{join .Deps \" \"}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	// forbidden[pkg] lists import-path prefixes pkg must not depend on.
	forbidden := map[string][]string{
		"diag":      {mod + "/", "github.com/"},
		"syntax":    {mod + "/erasable", mod + "/checker", mod + "/strip", mod + "/runtime", mod + "/project", "github.com/evanw", "github.com/dop251", "github.com/spf13"},
		"erasable":  {mod + "/checker", mod + "/strip", mod + "/runtime", mod + "/project", "github.com/evanw", "github.com/dop251", "github.com/spf13"},
		"checker":   {mod + "/erasable", mod + "/strip", mod + "/runtime", mod + "/project", "github.com/evanw", "github.com/dop251", "github.com/spf13"},
		"strip":     {mod + "/syntax", mod + "/erasable", mod + "/checker", mod + "/runtime", mod + "/project", "github.com/dop251", "github.com/spf13"},
		"blank":     {mod + "/erasable", mod + "/checker", mod + "/strip", mod + "/esm", mod + "/runtime", mod + "/project", "github.com/evanw", "github.com/dop251", "github.com/spf13"},
		"esm":       {mod + "/erasable", mod + "/checker", mod + "/strip", mod + "/runtime", mod + "/project", "github.com/evanw", "github.com/dop251", "github.com/spf13"},
		"sourcemap": {mod + "/", "github.com/"},
		"cache":     {mod + "/", "github.com/"},
		"project":   {mod + "/strip", mod + "/runtime", "github.com/evanw", "github.com/dop251", "github.com/spf13"},
		"runtime":   {mod + "/checker", mod + "/project", "github.com/spf13"},
	}
	// Only these packages may import the big dependencies directly.
	owners := map[string]string{
		"github.com/evanw/esbuild/pkg/api": mod + "/strip",
		"github.com/dop251/goja":           mod + "/runtime",
		"github.com/spf13/cobra":           mod + "/cmd/tsrun",
	}
	direct, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(direct)), "\n") {
		f := strings.Fields(line)
		for _, imp := range f[1:] {
			if owner, ok := owners[imp]; ok && f[0] != owner && !strings.HasPrefix(f[0], owner+"/") {
				t.Errorf("%s imports %s; only %s may", f[0], imp, owner)
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if !strings.HasPrefix(f[0], mod+"/") {
			continue
		}
		rel := strings.TrimPrefix(f[0], mod+"/")
		top := strings.SplitN(rel, "/", 2)[0]
		for _, dep := range f[1:] {
			for _, bad := range forbidden[top] {
				if strings.HasPrefix(dep, bad) && !strings.HasPrefix(dep, mod+"/"+top) {
					t.Errorf("%s depends on %s (forbidden by DESIGN.md's layering)", f[0], dep)
				}
			}
		}
	}
}
