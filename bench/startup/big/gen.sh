#!/usr/bin/env bash
# Writes a ~1.5 MB single-file program into $1/main.ts: many typed
# functions, classes and object literals, the shape of a bundled app, with
# a little work at the end so the whole file must be compiled and linked.
set -euo pipefail
out=$1
{
  echo 'type Row = { id: number; label: string; values: number[] };'
  for i in $(seq 0 3099); do
    cat <<TS
export function fn$i(rows: Row[], factor: number = $i): number {
  let sum: number = 0;
  for (const r of rows) {
    if (r.values.length === 0) continue;
    sum += r.values.reduce((a: number, b: number) => a + b, 0) * factor;
  }
  return sum % 1000003;
}
class K$i {
  readonly label: string = "k$i";
  private count: number = 0;
  bump(by: number = 1): number {
    this.count += by;
    return this.count;
  }
}
const table$i: Record<string, number> = { a: $i, b: $((i * 2)), c: $((i * 3)) };
TS
  done
  echo 'let acc: number = 0;'
  echo 'const rows: Row[] = [{ id: 1, label: "r", values: [1, 2, 3] }];'
  echo 'for (const f of [fn0, fn1000, fn3099]) acc += f(rows);'
  echo 'console.log("big:", acc, new K7().bump(2), table42.c);'
} > "$out/main.ts"
