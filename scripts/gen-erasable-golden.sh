#!/usr/bin/env bash
# Regenerates the expected outputs of the erasable conformance suite from
# tsc 5.9 itself (never by hand):
#
#   testdata/conformance/erasable/reference/<case>.txt         tsc --pretty false lines
#   testdata/conformance/erasable/reference/<case>.pretty.txt  tsc --pretty true output + summary
#   testdata/conformance/erasable/reference/_multi{,.pretty}.txt  the tsc CLI on several cases at once
#   testdata/conformance/erasable/corpus.txt                   TS1294s over the real-world corpus
#
# Each case is compiled alone (option directives such as
# `// @isolatedModules: true` apply on top) with the options of
#   tsc --noEmit --erasableSyntaxOnly --strict --target esnext --module preserve --types ''
# (module preserve, so that `import x = require()` and `export =` draw no
# TS1202/TS1203 and the cases stay type-clean). As the tsc CLI does, a file
# with syntax errors reports only those. Otherwise the reference keeps TS1294
# and the grammar errors that replace it (TS1231, TS1232, TS1234, TS1235), and TS7059, the
# grammar error of `<T>x` in .mts/.cts files;
# any other semantic code must be declared by the case with a
# `// @tscAlso: TS2369` line (it is a type error outside this suite's
# scope) or the script fails, which keeps the cases type-clean.
#
#   testdata/conformance/erasable/fuzz/{cases/*,reference.txt}    150 random files (fixed seed) and tsc's list
#
# usage: scripts/gen-erasable-golden.sh [cases|fuzz|corpus|all]   (default: all)
#   TSRUN_CORPUS  corpus folder (default ${XDG_CACHE_HOME:-~/.cache}/tsrun/corpus);
#                 the corpus step is skipped with a message when it is absent.
# The Go tests rerun this script when TSRUN_UPDATE=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
A=$("$root/scripts/anchors.sh")
. "$root/scripts/anchors.env"
what=${1:-all}
suite="$root/testdata/conformance/erasable"
corpus=${TSRUN_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/tsrun/corpus}
tslib="$(dirname "$TSC59")/../lib/typescript.js"

js=$(cat <<'JSEOF'
const [tslib, mode, suite, corpus] = process.argv.slice(1);
const ts = require(tslib);
const fs = require("fs");
const path = require("path");

const KEEP = new Set([1294, 1231, 1232, 1234, 1235, 7059]);
const options = {
  noEmit: true, erasableSyntaxOnly: true, strict: true,
  target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.Preserve, types: [],
};
const formatHost = (cwd) => ({
  getCurrentDirectory: () => cwd,
  getCanonicalFileName: (f) => f,
  getNewLine: () => "\n",
});

// One compiler host for all cases so lib files are parsed once.
function makeHost(opts) {
  const host = ts.createCompilerHost(opts);
  const cache = new Map();
  const get = host.getSourceFile;
  host.getSourceFile = (name, lang, ...rest) => {
    const lib = name.includes("/lib.");
    if (lib && cache.has(name)) return cache.get(name);
    const sf = get.call(host, name, lang, ...rest);
    if (lib) cache.set(name, sf);
    return sf;
  };
  return host;
}

function summary(diags, host) {
  const errors = diags.filter((d) => d.category === ts.DiagnosticCategory.Error);
  const files = errors.map((d) => {
    if (!d.file) return undefined;
    const first = diags.find((x) => x.file && x.file.fileName === d.file.fileName);
    return { fileName: d.file.fileName, line: ts.getLineAndCharacterOfPosition(first.file, first.start).line + 1 };
  });
  return ts.getErrorSummaryText(errors.length, files, "\n", host);
}

function cases() {
  const dir = path.join(suite, "cases");
  const ref = path.join(suite, "reference");
  fs.rmSync(ref, { recursive: true, force: true });
  fs.mkdirSync(ref, { recursive: true });
  process.chdir(dir);
  const host = makeHost(options);
  const fh = formatHost(dir);
  let failed = false;
  for (const name of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(name, "utf8");
    const also = new Set([...text.matchAll(/^\/\/ @tscAlso: (.*)$/gm)].flatMap((m) => m[1].split(/[ ,]+/).filter(Boolean).map((c) => +c.replace(/^TS/, ""))));
    // Option directives: // @isolatedModules: true, // @preserveConstEnums: true, ...
    const caseOptions = { ...options };
    for (const m of text.matchAll(/^\/\/ @(isolatedModules|preserveConstEnums|verbatimModuleSyntax): (true|false)$/gm)) caseOptions[m[1]] = m[2] === "true";
    const program = ts.createProgram([name], caseOptions, host);
    const sf = program.getSourceFile(name);
    const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
    if (global.length) {
      console.error(`${name}: global diagnostics: ${ts.formatDiagnostics(global, fh)}`);
      failed = true;
    }
    let kept = [...program.getSyntacticDiagnostics(sf)];
    if (kept.length === 0) {
      const semantic = program.getSemanticDiagnostics(sf);
      for (const d of semantic) {
        if (!KEEP.has(d.code) && !also.has(d.code)) {
          console.error(`${name}: undeclared tsc error (add // @tscAlso: TS${d.code} or make the case type-clean): ${ts.formatDiagnostics([d], fh).trim()}`);
          failed = true;
        }
      }
      kept = ts.sortAndDeduplicateDiagnostics(semantic.filter((d) => KEEP.has(d.code)));
    }
    const base = path.join(ref, name.replace(/\.(d\.ts|ts|mts|cts)$/, (m) => m.replace(/\./g, "_")));
    fs.writeFileSync(base + ".txt", ts.formatDiagnostics(kept, fh));
    if (kept.length) {
      const pretty = kept.map((d) => ts.formatDiagnosticsWithColorAndContext([d], fh) + "\n").join("") + summary(kept, fh);
      fs.writeFileSync(base + ".pretty.txt", pretty);
    }
  }
  if (failed) process.exit(1);
}

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(ts|mts|cts)$/.test(e.name) && !/\.tsx$/.test(e.name)) out.push(p);
  }
  return out;
}

// The corpus list: every TS1294 (and the grammar errors that replace it) in
// every .ts/.mts/.cts file (.d.ts included) of rxjs, zod and effect, all files in one program. noResolve and noLib keep this
// fast; neither changes a TS1294, which depends on the file's syntax alone.
function corpusList() {
  const roots = ["rxjs", "zod", "effect"].map((p) => path.join(corpus, "node_modules", p)).filter((p) => fs.existsSync(p));
  const files = roots.flatMap((r) => walk(r, [])).map((f) => path.relative(corpus, f).split(path.sep).join("/")).sort();
  process.chdir(corpus);
  const opts = { ...options, noResolve: true, noLib: true, skipLibCheck: false };
  const program = ts.createProgram(files, opts, ts.createCompilerHost(opts));
  const fh = formatHost(corpus);
  const lines = [`# TS1294 list of tsc ${ts.version} --erasableSyntaxOnly over ${files.length} corpus files; generated by scripts/gen-erasable-golden.sh`];
  let syntaxFiles = 0;
  for (const name of files) {
    const sf = program.getSourceFile(name);
    if (!sf) continue;
    let kept = program.getSyntacticDiagnostics(sf);
    if (kept.length) { syntaxFiles++; }
    else kept = ts.sortAndDeduplicateDiagnostics(program.getSemanticDiagnostics(sf).filter((d) => KEEP.has(d.code)));
    for (const line of ts.formatDiagnostics(kept, fh).split("\n")) if (line) lines.push(line);
  }
  lines.push(`# files with syntax errors (only those reported, as tsc does): ${syntaxFiles}`);
  fs.writeFileSync(path.join(suite, "corpus.txt"), lines.join("\n") + "\n");
}

// The differential suite: random nestings of every construct the rules
// look at (enums of each kind, namespaces of each kind and position,
// import/export =, parameter properties, assertions, export aliases) in
// .ts, .mts, .cts and .d.ts files, from a fixed seed, each checked by tsc
// alone. The Go test compares every file; new seeds find new corners.
function fuzz() {
  let seed = 20251125;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  let ctr = 0;
  const u = () => ++ctr;
  const back = () => 1 + Math.floor(rand() * (ctr + 1));
  const leaves = [
    () => `enum E${u()} { A }`, () => `const enum CE${u()} { A }`, () => `declare enum DE${u()} { A }`,
    () => `declare const enum DCE${u()} { A }`, () => `export enum XE${u()} { A }`, () => `export const enum XCE${u()} { A }`,
    () => `interface I${u()} {}`, () => `export interface XI${u()} {}`, () => `type T${u()} = 1;`, () => ";",
    () => `let v${u()} = 1;`, () => `export const xc${u()} = 1;`, () => `export declare const dc${u()}: number;`,
    () => `import X${u()} = M.y;`, () => `export import XX${u()} = M.y;`, () => `import type TX${u()} = M.y;`,
    () => `import r${u()} = require("m");`, () => "export = 1;",
    () => `class K${u()} { constructor(public a: number, b: number, private readonly c = <number>1) {} }`,
    () => `declare class DK${u()} { constructor(protected a: number); }`,
    () => `let w${u()} = <number><unknown>1;`, () => `let g${u()} = <T,>(x: T) => x as T;`,
    () => `export { I${back()} };`, () => `export { v${back()} };`, () => `export { CE${back()} };`,
    () => `function fn${u()}() {}`, () => `declare function dfn${u()}(): void;`, () => `abstract class AK${u()} {}`,
    () => `const arrow${u()} = () => { enum AE${u()} { A } return <any>0; };`,
    () => `@dec class DecK${u()} { constructor(@dec readonly p: number) {} }`,
    () => `let o${u()} = { m(x = <number>1) { return x; } };`,
  ];
  const containers = [
    (b) => `namespace N${u()} {\n${b}\n}`, (b) => `export namespace XN${u()} {\n${b}\n}`,
    (b) => `declare namespace DN${u()} {\n${b}\n}`, (b) => `namespace A${u()}.B${u()} {\n${b}\n}`,
    (b) => `module Mod${u()} {\n${b}\n}`, (b) => `declare module "dm${u()}" {\n${b}\n}`,
    (b) => `function cf${u()}() {\n${b}\n}`, (b) => `{\n${b}\n}`, (b) => `if (Math.random()) {\n${b}\n}`,
    (b) => `class SB${u()} { static {\n${b}\n} }`, (b) => `declare global {\n${b}\n}`,
  ];
  const body = (depth) => {
    const parts = [];
    for (let n = Math.floor(rand() * 5); n > 0; n--) {
      parts.push(depth < 3 && rand() < 0.4 ? pick(containers)(body(depth + 1)) : pick(leaves)());
    }
    return parts.join("\n");
  };
  const dir = path.join(suite, "fuzz");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "cases"), { recursive: true });
  const names = [];
  for (let i = 0; i < 150; i++) {
    ctr = 0;
    let src = "declare namespace M { const y: number }\ndeclare function dec(...a: any[]): any;\n" + body(0) + "\n";
    if (rand() < 0.5) src += "export {};\n";
    const name = `f${String(i).padStart(3, "0")}${pick([".ts", ".ts", ".ts", ".ts", ".mts", ".cts", ".d.ts"])}`;
    fs.writeFileSync(path.join(dir, "cases", name), src);
    names.push(name);
  }
  // noLib and noResolve: the files name lib types and modules that do not
  // exist; neither changes a TS1294.
  process.chdir(path.join(dir, "cases"));
  const opts = { ...options, noLib: true, noResolve: true };
  const host = ts.createCompilerHost(opts);
  const fh = formatHost(path.join(dir, "cases"));
  let out = "";
  for (const name of names) {
    const program = ts.createProgram([name], opts, host);
    const sf = program.getSourceFile(name);
    let kept = program.getSyntacticDiagnostics(sf);
    if (!kept.length) kept = ts.sortAndDeduplicateDiagnostics(program.getSemanticDiagnostics(sf).filter((d) => KEEP.has(d.code)));
    out += ts.formatDiagnostics(kept, fh);
  }
  fs.writeFileSync(path.join(dir, "reference.txt"), out);
}

if (mode === "cases" || mode === "all") cases();
if (mode === "fuzz" || mode === "all") fuzz();
if (mode === "corpus" || mode === "all") {
  if (fs.existsSync(corpus)) corpusList();
  else console.error(`corpus not found at ${corpus}; run scripts/corpus.sh first. corpus.txt left as it is.`);
}
JSEOF
)
"$NODE" -e "$js" "$tslib" "$what" "$suite" "$corpus"

# Several files through the real tsc CLI, as a user runs it: the
# multi-file pretty output (its "Found N errors in M files." summary and
# Errors/Files table) and the plain lines. Only type-clean cases are used,
# so the whole output is comparable.
if [ "$what" = cases ] || [ "$what" = all ]; then
  multi=(assert_nested.ts enum_basic.ts ns_dotted.ts param_all_modifiers.ts)
  cd "$suite/cases"
  for pretty in true false; do
    out="$suite/reference/_multi.txt"
    [ $pretty = true ] && out="$suite/reference/_multi.pretty.txt"
    "$NODE" "$TSC59" --noEmit --pretty $pretty --erasableSyntaxOnly --strict --target esnext --module preserve "${multi[@]}" > "$out" || true
  done
fi
