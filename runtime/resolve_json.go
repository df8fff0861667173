package runtime

import (
	"bytes"
	"encoding/json"
	"path/filepath"
)

// package.json "exports" is read with its key order: Node tries an
// object's conditions in the order the package author wrote them, and
// encoding/json's maps lose that order (a package listing "node" before
// "import" would resolve differently).

// orderedObject is a JSON object with its keys in source order.
type orderedObject struct {
	keys []string
	vals map[string]any
}

// readExports returns the "exports" field of dir/package.json, objects as
// *orderedObject; nil when absent, null or unreadable.
func readExports(dir string) any { return readPackageField(dir, "exports") }

// readPackageField reads one field of dir/package.json, objects as
// *orderedObject; nil when absent, null or unreadable.
func readPackageField(dir, field string) any {
	b, err := readConfigFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return nil
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(b, &top) != nil {
		return nil
	}
	raw, ok := top[field]
	if !ok {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	v, err := decodeOrdered(dec)
	if err != nil {
		return nil
	}
	return v
}

// decodeOrdered reads one JSON value from dec's token stream.
func decodeOrdered(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		o := &orderedObject{vals: map[string]any{}}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, err
			}
			k, _ := kt.(string)
			v, err := decodeOrdered(dec)
			if err != nil {
				return nil, err
			}
			if _, dup := o.vals[k]; !dup {
				o.keys = append(o.keys, k)
			}
			o.vals[k] = v
		}
		_, err := dec.Token() // '}'
		return o, err
	case json.Delim('['):
		var a []any
		for dec.More() {
			v, err := decodeOrdered(dec)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		_, err := dec.Token() // ']'
		return a, err
	}
	return tok, nil
}
