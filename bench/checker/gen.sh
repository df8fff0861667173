#!/usr/bin/env bash
# Generates the checker benchmark project: N files (default 50) of about
# 200 lines each (10,000 lines), clean under tsc --strict, importing each
# other, with interfaces, discriminated unions and narrowing, generics,
# classes and array methods — the checker's hot paths.
#   gen.sh OUTDIR [N]
set -euo pipefail
out=$1
n=${2:-50}
rm -rf "$out"
mkdir -p "$out"
cat > "$out/tsconfig.json" <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "lib": ["es2022"], "types": [],
  "module": "esnext", "moduleResolution": "bundler" }, "include": ["*.ts"] }
JSON
for ((i = 0; i < n; i++)); do
  f="$out/m$i.ts"
  {
    if ((i > 0)); then
      echo "import { type Shape$((i - 1)), area$((i - 1)), Store$((i - 1)) } from './m$((i - 1)).js';"
    fi
    echo "declare function log(...args: unknown[]): void;"
    echo "export type Shape$i ="
    echo "  | { kind: 'circle'; radius: number }"
    echo "  | { kind: 'square'; size: number }"
    echo "  | { kind: 'rect'; w: number; h: number };"
    echo "export function area$i(s: Shape$i): number {"
    echo "  switch (s.kind) {"
    echo "    case 'circle':"
    echo "      return Math.PI * s.radius * s.radius;"
    echo "    case 'square':"
    echo "      return s.size * s.size;"
    echo "    case 'rect':"
    echo "      return s.w * s.h;"
    echo "  }"
    echo "}"
    echo "export class Store$i<T> {"
    echo "  private items: T[] = [];"
    echo "  add(x: T): void {"
    echo "    this.items.push(x);"
    echo "  }"
    echo "  all(): T[] {"
    echo "    return this.items;"
    echo "  }"
    echo "}"
    for ((j = 0; j < 10; j++)); do
      echo "interface User${i}_$j {"
      echo "  id: string & { __brand: 'U$j' };"
      echo "  name: string;"
      echo "  email?: string;"
      echo "  tags: readonly string[];"
      echo "}"
      echo "type Result${i}_$j = { ok: true; value: User${i}_$j } | { ok: false; error: string };"
      echo "export function find${i}_$j(users: User${i}_$j[], name: string | undefined): Result${i}_$j {"
      echo "  if (name === undefined) {"
      echo "    return { ok: false, error: 'no name' };"
      echo "  }"
      echo "  const found = users.find((u) => u.name === name);"
      echo "  if (!found) return { ok: false, error: 'missing ' + name.toUpperCase() };"
      echo "  return { ok: true, value: found };"
      echo "}"
      echo "export function emails${i}_$j(users: User${i}_$j[]): string[] {"
      echo "  const out = users.map((u) => u.email).filter((e) => e !== undefined);"
      echo "  return out.map((e) => e.trim());"
      echo "}"
    done
    if ((i > 0)); then
      echo "const store = new Store$((i - 1))<Shape$((i - 1))>();"
      echo "store.add({ kind: 'circle', radius: $i });"
      echo "log(store.all().map((s) => area$((i - 1))(s)).reduce((a, b) => a + b, 0));"
    fi
  } > "$f"
done
