package syntax

import (
	"os"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/internal/corpus"
)

var nodeType = reflect.TypeOf((*Node)(nil)).Elem()

// reflectChildren lists the nodes held in n's fields, in field order, the
// decorators of its Modifiers included: what ForEachChild must visit.
func reflectChildren(n Node) []Node {
	var out []Node
	v := reflect.ValueOf(n).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if !v.Type().Field(i).IsExported() {
			continue
		}
		switch {
		case f.Type() == reflect.TypeOf((*Modifiers)(nil)):
			if m := f.Interface().(*Modifiers); m != nil {
				for _, d := range m.Decorators {
					out = append(out, d)
				}
			}
		case f.Kind() == reflect.Slice && f.Type().Elem().Implements(nodeType):
			for j := 0; j < f.Len(); j++ {
				out = append(out, f.Index(j).Interface().(Node))
			}
		case f.Type().Implements(nodeType):
			if !f.IsNil() {
				out = append(out, f.Interface().(Node))
			}
		}
	}
	return out
}

func forEachChildList(n Node) []Node {
	var out []Node
	ForEachChild(n, func(c Node) bool {
		out = append(out, c)
		return true
	})
	return out
}

// checkTree verifies, for every node under root, that ForEachChild visits
// exactly the node-valued fields, that positions nest and ascend, and that
// Pos never points at trivia.
func checkTree(t *testing.T, f *diag.File, root Node) {
	t.Helper()
	src := f.Text
	errs := 0
	var rec func(Node)
	rec = func(n Node) {
		if errs > 5 {
			return
		}
		want := reflectChildren(n)
		got := forEachChildList(n)
		if len(got) != len(want) {
			errs++
			t.Errorf("%s at %d: ForEachChild visits %d children, fields hold %d", n.Kind(), n.Pos(), len(got), len(want))
		}
		if n.Pos() > n.End() {
			errs++
			t.Errorf("%s: pos %d > end %d", n.Kind(), n.Pos(), n.End())
		}
		if n.Kind() != KindSourceFile && n.Pos() < n.End() && int(n.Pos()) < len(src) {
			switch src[n.Pos()] {
			case ' ', '\t', '\n', '\r':
				errs++
				t.Errorf("%s at %d starts on trivia", n.Kind(), n.Pos())
			}
		}
		prevEnd := n.Pos()
		for _, c := range got {
			if c.Pos() == c.End() {
				continue // missing nodes sit anywhere
			}
			if c.Pos() < n.Pos() || c.End() > n.End() {
				errs++
				t.Errorf("%s [%d,%d) outside parent %s [%d,%d)", c.Kind(), c.Pos(), c.End(), n.Kind(), n.Pos(), n.End())
			}
			if c.Pos() < prevEnd && n.Kind() != KindSourceFile {
				errs++
				t.Errorf("%s [%d,%d) overlaps its previous sibling in %s", c.Kind(), c.Pos(), c.End(), n.Kind())
			}
			prevEnd = c.End()
			rec(c)
		}
	}
	rec(root)
}

const walkSample = `
@dec() export abstract class A<in out T extends object = {}> extends B<T> implements I, J {
  static #p = 1; declare x?: number; y!: string; accessor z = 2; static { init(); }
  constructor(private readonly a: number, @inj public b = 1) { super(); }
  get v(): number { return this.#p } set v(x) {} [k: string]: any;
  override async *gen<U>(this: A<T>, ...rest: U[]): AsyncGenerator<U> { yield* rest; }
}
enum E { A = 1, B = A << 1, "C" }
declare const enum F { X }
namespace N.M { export type T = keyof typeof x; }
declare module "m" { export = x; }
declare global { interface Window { a: 1 } }
import type { a, type b as c } from "./x" with { type: "json" };
import d, * as e from "y";
import f = require("z");
export import g = N.M;
export * as h from "w";
export { i as "j" };
export default function () {}
type T1<X> = X extends [infer H extends string, ...infer R] ? H : never;
type T2 = { readonly [K in keyof T as ` + "`get${K & string}`" + `]-?: () => T[K] };
type T3 = abstract new (...a: any[]) => object;
type T4 = (a: string) => a is "x";
type T5 = import("m", { with: { "resolution-mode": "import" } }).X<1>;
type T6 = [a: string, b?: number, ...c: boolean[]] | unique symbol | -1n;
function assertIt(x: unknown): asserts x is string {}
let o = { a, b: 1, ...c, m() {}, get g() { return 1 }, [k]: 2, "s": 3, 4: 5 };
let [p, , ...q] = arr, { r: { s = 1 }, ...t } = obj;
for await (const u of v) label: for (;;) { break label; continue; }
for (let w in z) ; do x++; while (x < 10)
switch (a) { case 1: case 2: f(); default: }
try { throw new Error() } catch ({ message }) {} finally {}
const fn = async <T,>(x: T): Promise<T> => x satisfies T as T;
a?.b?.[c]?.(d)!.e<f>` + "`t${g}u`" + `;
x ??= y ||= z &&= w ** 2;
using res = get(); await using res2 = get();
new.target; import.meta.url; import("m");
`

func TestWalkAndPositions(t *testing.T) {
	f := diag.NewFile("sample.ts", walkSample)
	sf := Parse(f, ParseOptions{})
	if len(sf.Diagnostics) > 0 {
		t.Fatalf("sample has syntax errors: %v", sf.Diagnostics)
	}
	checkTree(t, f, sf)
	// Every kind the sample should contain, once parsed, appears.
	seen := map[Kind]bool{}
	Inspect(sf, func(n Node) bool { seen[n.Kind()] = true; return true })
	for _, k := range []Kind{KindDecorator, KindClassStaticBlock, KindPrivateIdentifier, KindIndexSignature,
		KindEnumMember, KindModuleDeclaration, KindImportAttributes, KindExternalModuleReference,
		KindNamespaceExport, KindConditionalType, KindInferType, KindMappedType, KindTemplateLiteralType,
		KindConstructorType, KindTypePredicate, KindImportType, KindNamedTupleMember, KindRestType,
		KindTypeOperator, KindForOfStatement, KindLabeledStatement, KindCatchClause, KindSatisfiesExpr,
		KindAsExpr, KindNonNullExpr, KindTaggedTemplate, KindMetaProperty, KindArrowFunction, KindSpreadAssignment,
		KindObjectBindingPattern, KindArrayBindingPattern, KindOmittedExpr, KindIndexedAccessType} {
		if !seen[k] {
			t.Errorf("sample has no %s", k)
		}
	}
}

func TestCorpusTrees(t *testing.T) {
	files := corpusFiles(t)
	if files == nil {
		t.Skipf("corpus not found in %s: run scripts/corpus.sh", corpus.Dir())
	}
	if testing.Short() {
		files = files[:100]
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := diag.NewFile(path, string(src))
		sf := Parse(f, ParseOptions{Dialect: DialectFromName(path)})
		checkTree(t, f, sf)
		if t.Failed() {
			t.Fatalf("in %s", path)
		}
	}
}

func TestModifiersOf(t *testing.T) {
	sf := Parse(diag.NewFile("a.ts", "export declare const enum E {}"), ParseOptions{})
	m := ModifiersOf(sf.Statements[0])
	var got []Modifier
	if m != nil {
		got = m.List
	}
	want := []Modifier{{TExport, 0, 6}, {TDeclare, 7, 14}, {TConst, 15, 20}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("modifiers (-want +got):\n%s", d)
	}
	if !m.Has(ModConst | ModDeclare) {
		t.Errorf("flags %b", m.Flags)
	}
}
