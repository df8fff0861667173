package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tsrun-dev/tsrun/diag"
)

// checkIO returns test streams rooted at dir, with stdin text in.
func checkIO(dir, in string) (*IOStreams, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{
		In: strings.NewReader(in), Out: out, ErrOut: errOut,
		Getwd:  func() (string, error) { return dir, nil },
		Getenv: func(string) string { return "" },
	}, out, errOut
}

func checkTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCheckFlags(t *testing.T) {
	tests := []struct {
		args    string
		want    CheckOptions
		wantErr string
	}{
		{"", CheckOptions{}, ""},
		{"src a.ts --format github", CheckOptions{Paths: []string{"src", "a.ts"}, Format: "github"}, ""},
		{"--erasable-only --no-hints", CheckOptions{ErasableOnly: true, NoHints: true}, ""},
		{"--stdin --stdin-filepath x.mts", CheckOptions{Stdin: true, StdinFilepath: "x.mts"}, ""},
		{"--format xml", CheckOptions{}, `unknown --format "xml"`},
		{"--erasable-only --syntax-only", CheckOptions{}, "cannot be used together"},
		{"--stdin a.ts", CheckOptions{}, "give no paths"},
		{"--stdin-filepath a.ts", CheckOptions{}, "needs --stdin"},
	}
	for _, tt := range tests {
		ios, _, _ := checkIO(t.TempDir(), "")
		var got *CheckOptions
		cmd := newCmdCheckWith(ios, func(o *CheckOptions) error { got = o; return nil })
		cmd.SetArgs(strings.Fields(tt.args))
		cmd.SetOut(&bytes.Buffer{})
		cmd.SetErr(&bytes.Buffer{})
		err := cmd.Execute()
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: got error %v, want %q", tt.args, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.args, err)
			continue
		}
		got.IO = nil
		if got.Paths == nil {
			got.Paths = nil
		}
		if len(got.Paths) == 0 {
			got.Paths = nil
		}
		if diff := cmp.Diff(tt.want, *got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.args, diff)
		}
	}
}

// TestCheckExitCodes runs the whole command, as a user would, once per
// exit code.
func TestCheckExitCodes(t *testing.T) {
	dir := checkTree(t, map[string]string{
		"clean.ts":  "export const x: number = 1;\n",
		"bad.ts":    "enum E { A }\n",
		"nonutf.ts": "let s = \"\xff\";\n",
	})
	tests := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"check", "clean.ts"}, 0, "", ""},
		{[]string{"check", "bad.ts"}, 1, "bad.ts(1,6): error TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n  " +
			"Use a union of literal types, or an object literal with 'as const', instead of an enum.\n", ""},
		{[]string{"check", "--no-hints", "bad.ts"}, 1, "bad.ts(1,6): error TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n", ""},
		{[]string{"check", "missing.ts"}, 2, "", "tsrun: missing.ts: cannot read: no such file or directory\n"},
		{[]string{"check", "nonutf.ts"}, 2, "", "tsrun: nonutf.ts: not valid UTF-8 (invalid byte at offset 9); save it as UTF-8\n"},
		{[]string{"check", "--format", "xml"}, 2, "", "tsrun: unknown --format \"xml\" (use one of text, pretty, json, github, sarif)\n"},
		{[]string{"check", "--bogus"}, 2, "", ""},
	}
	for _, tt := range tests {
		ios, out, errOut := checkIO(dir, "")
		code := Main(tt.args, ios)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tt.args, code, tt.code, errOut.String())
		}
		if diff := cmp.Diff(tt.stdout, out.String()); diff != "" {
			t.Errorf("%v: stdout (-want +got):\n%s", tt.args, diff)
		}
		if tt.stderr != "" && tt.stderr != errOut.String() {
			t.Errorf("%v: stderr %q, want %q", tt.args, errOut.String(), tt.stderr)
		}
	}
}

func TestCheckStdin(t *testing.T) {
	ios, out, _ := checkIO(t.TempDir(), "class C { constructor(public x: number) {} }\n")
	code := Main([]string{"check", "--stdin", "--stdin-filepath", "src/c.ts", "--format", "github", "--no-hints"}, ios)
	want := "::error file=src/c.ts,line=1,col=23,endLine=1,endColumn=39,title=TS1294::This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n"
	if code != 1 || out.String() != want {
		t.Errorf("exit %d, output %q; want 1, %q", code, out.String(), want)
	}
}

func TestCheckJSONOutput(t *testing.T) {
	dir := checkTree(t, map[string]string{"a.ts": "namespace N { export const x = 1 }\n"})
	ios, out, _ := checkIO(dir, "")
	if code := Main([]string{"check", "--format", "json"}, ios); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	var got diag.JSONReport
	dec := json.NewDecoder(out)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("not the documented JSON schema: %v", err)
	}
	want := diag.JSONReport{Version: 1, Summary: diag.JSONSummary{Errors: 1, Files: 1}, Diagnostics: []diag.JSONDiagnostic{{
		File: "a.ts", Start: &diag.JSONPosition{Line: 1, Column: 11, Offset: 10}, End: &diag.JSONPosition{Line: 1, Column: 12, Offset: 11},
		Code: 1294, Category: "error", Message: "This syntax is not allowed when 'erasableSyntaxOnly' is enabled.",
		Hint: "Use an ES module (export from the file itself) or a plain object instead of a namespace.",
	}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("json (-want +got):\n%s", diff)
	}
}

// TestCheckSARIFOutput validates the log against the properties the SARIF
// 2.1.0 schema requires of what tsrun writes.
func TestCheckSARIFOutput(t *testing.T) {
	dir := checkTree(t, map[string]string{"src/a.ts": "declare const x: unknown;\nlet y = <number>x;\n", "b.ts": "export = 1;\n"})
	ios, out, _ := checkIO(dir, "")
	if code := Main([]string{"check", "--format", "sarif"}, ios); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name           string `json:"name"`
					Version        string `json:"version"`
					InformationURI string `json:"informationUri"`
					Rules          []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string                `json:"ruleId"`
				Level     string                `json:"level"`
				Message   struct{ Text string } `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
						Region           struct {
							StartLine, StartColumn, EndLine, EndColumn int
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("bad log header: %+v", log)
	}
	d := log.Runs[0].Tool.Driver
	if d.Name != "tsrun" || d.Version == "" || d.InformationURI == "" || len(d.Rules) != 1 || d.Rules[0].ID != "TS1294" {
		t.Errorf("bad driver: %+v", d)
	}
	type loc struct {
		URI                        string
		Line, Col, EndLine, EndCol int
	}
	var got []loc
	for _, r := range log.Runs[0].Results {
		if r.RuleID != "TS1294" || r.Level != "error" || r.Message.Text == "" || len(r.Locations) != 1 {
			t.Errorf("bad result: %+v", r)
			continue
		}
		pl := r.Locations[0].PhysicalLocation
		got = append(got, loc{pl.ArtifactLocation.URI, pl.Region.StartLine, pl.Region.StartColumn, pl.Region.EndLine, pl.Region.EndColumn})
	}
	want := []loc{{"b.ts", 1, 1, 1, 12}, {"src/a.ts", 2, 9, 2, 17}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("locations (-want +got):\n%s", diff)
	}
}

func TestCheckPrettyDefaultOnTerminal(t *testing.T) {
	dir := checkTree(t, map[string]string{"a.ts": "enum E { A }\n"})
	ios, out, _ := checkIO(dir, "")
	ios.OutIsTerminal = true
	ios.Getenv = func(k string) string {
		if k == "NO_COLOR" {
			return "1"
		}
		return ""
	}
	Main([]string{"check", "--no-hints"}, ios)
	want := "a.ts:1:6 - error TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n\n1 enum E { A }\n       ~\n\n\nFound 1 error in a.ts:1\n\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("pretty (-want +got):\n%s", diff)
	}
}

// TestCheckMatchesTscCLI runs `tsrun check` on several conformance cases at
// once and compares both output formats with what the tsc 5.9 CLI printed
// for the same files (reference/_multi*.txt, from
// scripts/gen-erasable-golden.sh): the per-diagnostic frames and colours,
// and the multi-file summary with its Errors/Files table. It runs in full
// mode: the cases are type-clean, so a checker false positive shows here.
func TestCheckMatchesTscCLI(t *testing.T) {
	const suite = "../../testdata/conformance/erasable"
	files := []string{"assert_nested.ts", "enum_basic.ts", "ns_dotted.ts", "param_all_modifiers.ts"}
	casesDir, err := filepath.Abs(filepath.Join(suite, "cases"))
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "pretty"} {
		ref := "_multi.txt"
		if format == "pretty" {
			ref = "_multi.pretty.txt"
		}
		want, err := os.ReadFile(filepath.Join(suite, "reference", ref))
		if err != nil {
			t.Fatal(err)
		}
		ios, out, errOut := checkIO(casesDir, "")
		ios.Getenv = func(k string) string {
			if k == "FORCE_COLOR" {
				return "1"
			}
			return ""
		}
		code := Main(append([]string{"check", "--no-hints", "--format", format}, files...), ios)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1 (stderr %q)", format, code, errOut.String())
		}
		if diff := cmp.Diff(string(want), out.String()); diff != "" {
			t.Errorf("%s (-tsc +tsrun):\n%s", format, diff)
		}
	}
}
