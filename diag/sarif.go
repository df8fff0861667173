package diag

// SARIF 2.1.0 is what code-scanning services (GitHub code scanning, Azure
// DevOps, SonarQube) import. The log holds one run: the tool with one rule
// per diagnostic code seen, and one result per diagnostic. Regions use
// SARIF's default column kind, utf16CodeUnits, so startColumn is tsc's
// column and endColumn is exclusive, as the specification defines it.

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
)

// SARIF schema location and version written in every log.
const (
	SARIFSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	SARIFVersion = "2.1.0"
)

// SARIFOptions name the tool in the log.
type SARIFOptions struct {
	ToolName       string // e.g. "tsrun"
	ToolVersion    string
	InformationURI string
}

// SARIFLog is the top-level SARIF object, limited to what tsrun writes.
type SARIFLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []SARIFRun `json:"runs"`
}

// SARIFRun is one run of one tool.
type SARIFRun struct {
	Tool    SARIFTool     `json:"tool"`
	Results []SARIFResult `json:"results"`
	// ColumnKind is stated although it is the default, for readers that
	// do not assume it.
	ColumnKind string `json:"columnKind"`
}

// SARIFTool wraps the driver.
type SARIFTool struct {
	Driver SARIFDriver `json:"driver"`
}

// SARIFDriver describes tsrun and the rules it reported.
type SARIFDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []SARIFRule `json:"rules"`
}

// SARIFRule is a reportingDescriptor: one diagnostic code.
type SARIFRule struct {
	ID               string        `json:"id"`
	ShortDescription SARIFMessage  `json:"shortDescription"`
	DefaultConfig    SARIFRuleConf `json:"defaultConfiguration"`
}

// SARIFRuleConf is a rule's default level.
type SARIFRuleConf struct {
	Level string `json:"level"`
}

// SARIFMessage is a plain-text message.
type SARIFMessage struct {
	Text string `json:"text"`
}

// SARIFResult is one diagnostic.
type SARIFResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   SARIFMessage    `json:"message"`
	Locations []SARIFLocation `json:"locations,omitempty"`
}

// SARIFLocation wraps a physical location.
type SARIFLocation struct {
	PhysicalLocation SARIFPhysicalLocation `json:"physicalLocation"`
}

// SARIFPhysicalLocation is a file and a region of it.
type SARIFPhysicalLocation struct {
	ArtifactLocation SARIFArtifactLocation `json:"artifactLocation"`
	Region           SARIFRegion           `json:"region"`
}

// SARIFArtifactLocation names a file by URI (relative URIs are relative to
// the folder tsrun ran in).
type SARIFArtifactLocation struct {
	URI string `json:"uri"`
}

// SARIFRegion is a 1-based line/column range, end column exclusive.
type SARIFRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

func sarifLevel(c Category) string {
	switch c {
	case Warning:
		return "warning"
	case Suggestion, MessageCategory:
		return "note"
	}
	return "error"
}

// NewSARIFLog converts diagnostics into a SARIF log.
func NewSARIFLog(ds []Diagnostic, opts SARIFOptions) SARIFLog {
	driver := SARIFDriver{Name: opts.ToolName, Version: opts.ToolVersion, InformationURI: opts.InformationURI, Rules: []SARIFRule{}}
	if driver.Name == "" {
		driver.Name = "tsrun"
	}
	// Rules in code order, so the log does not depend on result order.
	var codes []int32
	text := map[int32]string{}
	level := map[int32]string{}
	for i := range ds {
		if _, ok := text[ds[i].Code]; !ok {
			codes = append(codes, ds[i].Code)
			text[ds[i].Code] = ds[i].Message
			level[ds[i].Code] = sarifLevel(ds[i].Category)
		}
	}
	slices.Sort(codes)
	index := map[int32]int{}
	for i, c := range codes {
		index[c] = i
		driver.Rules = append(driver.Rules, SARIFRule{ID: fmt.Sprintf("TS%d", c), ShortDescription: SARIFMessage{text[c]}, DefaultConfig: SARIFRuleConf{level[c]}})
	}
	run := SARIFRun{Tool: SARIFTool{driver}, Results: make([]SARIFResult, 0, len(ds)), ColumnKind: "utf16CodeUnits"}
	for i := range ds {
		d := &ds[i]
		msg := d.Message
		if d.Hint != "" {
			msg += "\n" + d.Hint
		}
		r := SARIFResult{RuleID: fmt.Sprintf("TS%d", d.Code), RuleIndex: index[d.Code], Level: sarifLevel(d.Category), Message: SARIFMessage{msg}}
		if d.File != nil {
			line, col := d.File.Position(d.Pos)
			endLine, endCol := d.File.Position(max(d.End, d.Pos))
			r.Locations = []SARIFLocation{{SARIFPhysicalLocation{
				ArtifactLocation: SARIFArtifactLocation{URI: sarifURI(d.File.Name)},
				Region:           SARIFRegion{line, col, endLine, endCol},
			}}}
		}
		run.Results = append(run.Results, r)
	}
	return SARIFLog{Schema: SARIFSchema, Version: SARIFVersion, Runs: []SARIFRun{run}}
}

// sarifURI turns a file name into a URI reference: relative paths stay
// relative (with forward slashes), absolute ones become file:// URIs.
func sarifURI(name string) string {
	slashed := filepath.ToSlash(name)
	segments := strings.Split(slashed, "/")
	for i, s := range segments {
		segments[i] = url.PathEscape(s)
	}
	escaped := strings.Join(segments, "/")
	if filepath.IsAbs(name) {
		if !strings.HasPrefix(escaped, "/") {
			escaped = "/" + escaped // Windows drive paths
		}
		return "file://" + escaped
	}
	return escaped
}

// WriteSARIF writes the log, indented, with a final newline.
func WriteSARIF(w io.Writer, ds []Diagnostic, opts SARIFOptions) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewSARIFLog(ds, opts))
}
