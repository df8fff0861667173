//go:build !tsrun_strip

package runtime

import (
	"github.com/tsrun-dev/tsrun/diag"
)

// NoStripMessage is what a tsrun built without esbuild says: package strip
// builds only with the tsrun_strip tag until go.sum lists golang.org/x/sys
// (esbuild's dependency). Build with -tags tsrun_strip once it does.
var NoStripMessage = &diag.Message{Code: 90103, Category: diag.Error,
	Text: "This tsrun was built without the TypeScript transform (build tag tsrun_strip); cannot run '{0}'."}

func compileEntry(file *diag.File, kind moduleKind, srcName, dir string) (string, bool, []diag.Diagnostic) {
	return "", false, []diag.Diagnostic{diag.New(nil, 0, 0, NoStripMessage, file.Name)}
}
