package diag

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sample is two files, three errors, one with a hint.
func sample() []Diagnostic {
	a := NewFile("src/a.ts", "enum E { A }\nlet x = <any>1;\n")
	b := NewFile("b,c:d.ts", "😀 enum F {}\n")
	return []Diagnostic{
		New(a, 5, 6, ErasableSyntaxOnly).WithHint("Use a union of literal types or an 'as const' object."),
		New(a, 21, 26, ErasableSyntaxOnly),
		New(b, 10, 11, ErasableSyntaxOnly),
	}
}

func TestWriteGitHub(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGitHub(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	want := "::error file=src/a.ts,line=1,col=6,endLine=1,endColumn=7,title=TS1294::This syntax is not allowed when 'erasableSyntaxOnly' is enabled.%0AUse a union of literal types or an 'as const' object.\n" +
		"::error file=src/a.ts,line=2,col=9,endLine=2,endColumn=14,title=TS1294::This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n" +
		"::error file=b%2Cc%3Ad.ts,line=1,col=9,endLine=1,endColumn=10,title=TS1294::This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("github output (-want +got):\n%s", diff)
	}
}

func TestGitHubEscapesData(t *testing.T) {
	var buf bytes.Buffer
	d := Diagnostic{Code: 90001, Message: "100% bad\r\nnext"}
	if err := WriteGitHub(&buf, []Diagnostic{d}); err != nil {
		t.Fatal(err)
	}
	if want := "::error title=TS90001::100%25 bad%0D%0Anext\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

func TestWriteJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var got JSONReport
	dec := json.NewDecoder(&buf)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("output is not the documented schema: %v", err)
	}
	want := JSONReport{Version: 1, Summary: JSONSummary{Errors: 3, Files: 2}, Diagnostics: []JSONDiagnostic{
		{File: "src/a.ts", Start: &JSONPosition{1, 6, 5}, End: &JSONPosition{1, 7, 6}, Code: 1294, Category: "error", Message: ErasableSyntaxOnly.Text, Hint: "Use a union of literal types or an 'as const' object."},
		{File: "src/a.ts", Start: &JSONPosition{2, 9, 21}, End: &JSONPosition{2, 14, 26}, Code: 1294, Category: "error", Message: ErasableSyntaxOnly.Text},
		// the astral character counts two UTF-16 units, four bytes
		{File: "b,c:d.ts", Start: &JSONPosition{1, 9, 10}, End: &JSONPosition{1, 10, 11}, Code: 1294, Category: "error", Message: ErasableSyntaxOnly.Text},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("json (-want +got):\n%s", diff)
	}
}

func TestWriteJSONEmptyAndGlobal(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"diagnostics": []`) {
		t.Errorf("an empty report must hold an empty array, got:\n%s", buf.String())
	}
	buf.Reset()
	if err := WriteJSON(&buf, []Diagnostic{New(nil, 0, 0, FileNotFound, "x.ts")}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `"start"`) {
		t.Errorf("a global diagnostic has no position, got:\n%s", buf.String())
	}
}

// TestSARIFRequiredFields checks the log against the properties that the
// SARIF 2.1.0 schema (sarif-schema-2.1.0.json) marks required, read back
// from the JSON text so that struct tags cannot hide a mistake.
func TestSARIFRequiredFields(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, sample(), SARIFOptions{ToolName: "tsrun", ToolVersion: "1.2.3", InformationURI: "https://github.com/tsrun-dev/tsrun"}); err != nil {
		t.Fatal(err)
	}
	var log map[string]any
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, log)
	run := log["runs"].([]any)[0].(map[string]any)
	results := run["results"].([]any)
	if len(results) != 3 {
		t.Fatalf("got %d results, want 3", len(results))
	}
	r := results[2].(map[string]any)
	region := r["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["region"].(map[string]any)
	got := map[string]any{"uri": r["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["artifactLocation"].(map[string]any)["uri"], "region": region, "ruleId": r["ruleId"], "level": r["level"]}
	want := map[string]any{"uri": "b%2Cc:d.ts", "ruleId": "TS1294", "level": "error",
		"region": map[string]any{"startLine": 1.0, "startColumn": 9.0, "endLine": 1.0, "endColumn": 10.0}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("third result (-want +got):\n%s", diff)
	}
}

// validateSARIF checks the schema's required properties and types for the
// objects tsrun writes: sarifLog {version, runs}, run {tool}, tool {driver},
// toolComponent {name}, reportingDescriptor {id}, result {message},
// message {text}, and positive integers in regions.
func validateSARIF(t *testing.T, log map[string]any) {
	t.Helper()
	if log["version"] != "2.1.0" {
		t.Errorf("version = %v, want 2.1.0", log["version"])
	}
	if s, _ := log["$schema"].(string); !strings.Contains(s, "sarif") {
		t.Errorf("$schema = %v", log["$schema"])
	}
	runs, ok := log["runs"].([]any)
	if !ok || len(runs) == 0 {
		t.Fatalf("runs missing or empty")
	}
	for _, rv := range runs {
		run := rv.(map[string]any)
		driver, ok := run["tool"].(map[string]any)["driver"].(map[string]any)
		if !ok {
			t.Fatalf("run.tool.driver missing")
		}
		if name, _ := driver["name"].(string); name == "" {
			t.Errorf("driver.name missing")
		}
		for _, key := range []string{"version", "informationUri"} {
			if _, ok := driver[key].(string); !ok {
				t.Errorf("driver.%s missing", key)
			}
		}
		ids := map[string]bool{}
		rules, _ := driver["rules"].([]any)
		for _, rv := range rules {
			id, _ := rv.(map[string]any)["id"].(string)
			if id == "" {
				t.Errorf("rule without id: %v", rv)
			}
			ids[id] = true
		}
		results, ok := run["results"].([]any)
		if !ok {
			t.Fatalf("run.results missing")
		}
		for _, resv := range results {
			res := resv.(map[string]any)
			msg, _ := res["message"].(map[string]any)
			if text, _ := msg["text"].(string); text == "" {
				t.Errorf("result.message.text missing: %v", res)
			}
			if id, _ := res["ruleId"].(string); !ids[id] {
				t.Errorf("result.ruleId %q is not a rule of the driver", id)
			}
			if idx, ok := res["ruleIndex"].(float64); !ok || int(idx) >= len(rules) || rules[int(idx)].(map[string]any)["id"] != res["ruleId"] {
				t.Errorf("result.ruleIndex does not point at its rule: %v", res)
			}
			switch res["level"] {
			case "none", "note", "warning", "error":
			default:
				t.Errorf("result.level %v is not a SARIF level", res["level"])
			}
			locs, _ := res["locations"].([]any)
			for _, lv := range locs {
				pl := lv.(map[string]any)["physicalLocation"].(map[string]any)
				if uri, _ := pl["artifactLocation"].(map[string]any)["uri"].(string); uri == "" {
					t.Errorf("artifactLocation.uri missing")
				}
				region := pl["region"].(map[string]any)
				for _, key := range []string{"startLine", "startColumn", "endLine", "endColumn"} {
					if v, ok := region[key].(float64); !ok || v < 1 || v != float64(int(v)) {
						t.Errorf("region.%s = %v, want an integer >= 1", key, region[key])
					}
				}
			}
		}
	}
}

func TestPrettySummaries(t *testing.T) {
	a := NewFile("a.ts", "x\ny\nz\n")
	b := NewFile("b.ts", "x\n")
	e := func(f *File, pos int32) Diagnostic { return New(f, pos, pos+1, ErasableSyntaxOnly) }
	tests := []struct {
		name string
		ds   []Diagnostic
		want string
	}{
		{"one", []Diagnostic{e(a, 4)}, "Found 1 error in a.ts:3\n\n"},
		{"same file", []Diagnostic{e(a, 2), e(a, 4)}, "Found 2 errors in the same file, starting at: a.ts:2\n\n"},
		{"files", []Diagnostic{e(a, 2), e(a, 4), e(b, 0)}, "Found 3 errors in 2 files.\n\nErrors  Files\n     2  a.ts:2\n     1  b.ts:1\n"},
		{"global", []Diagnostic{New(nil, 0, 0, FileNotFound, "x.ts")}, "Found 1 error.\n\n"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := WritePretty(&buf, tt.ds, PrettyOptions{}); err != nil {
			t.Fatal(err)
		}
		_, got, _ := strings.Cut(buf.String(), "\n\n\nFound")
		if got == "" {
			_, got, _ = strings.Cut(buf.String(), "\nFound")
		}
		if diff := cmp.Diff(tt.want, "Found"+got); diff != "" {
			t.Errorf("%s: summary (-want +got):\n%s\nfull output:\n%s", tt.name, diff, buf.String())
		}
	}
}

func TestPrettyFrame(t *testing.T) {
	f := NewFile("a.ts", "\tlet 😀 = <any>1;   \nnext\n")
	d := New(f, 12, 17, ErasableSyntaxOnly).WithHint("Write 'x as T'.")
	var buf bytes.Buffer
	if err := WritePretty(&buf, []Diagnostic{d}, PrettyOptions{NoSummary: true}); err != nil {
		t.Fatal(err)
	}
	// The tab prints as one space; the astral character is two columns.
	want := "a.ts:1:11 - error TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n" +
		"  Write 'x as T'.\n\n" +
		"1  let 😀 = <any>1;\n" +
		"            ~~~~~\n\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("pretty (-want +got):\n%s", diff)
	}
}

func TestPrettyLongSpanElided(t *testing.T) {
	f := NewFile("a.ts", "a\nb\nc\nd\ne\nf\n")
	var buf bytes.Buffer
	if err := WritePretty(&buf, []Diagnostic{New(f, 0, 11, ErasableSyntaxOnly)}, PrettyOptions{NoSummary: true}); err != nil {
		t.Fatal(err)
	}
	want := "a.ts:1:1 - error TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled.\n\n" +
		"  1 a\n    ~\n  2 b\n    ~\n... \n  5 e\n    ~\n  6 f\n    ~\n\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("pretty (-want +got):\n%s", diff)
	}
}
