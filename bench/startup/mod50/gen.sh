#!/usr/bin/env bash
# Writes a 50-module program into $1: main.ts imports m00.ts..m49.ts; each
# module has typed classes and functions (~200 lines) and imports the one
# before it, so loading follows a 50-deep chain plus the fan-out from main.
set -euo pipefail
out=$1
for i in $(seq 0 49); do
  m=$(printf 'm%02d' "$i")
  {
    if [ "$i" -gt 0 ]; then printf 'import { total%02d } from "./m%02d.ts";\n' $((i - 1)) $((i - 1)); fi
    printf 'export interface Item%s { id: number; name: string; tags: string[]; score?: number }\n' "$i"
    for k in $(seq 0 19); do
      cat <<TS
export class Store${i}_${k}<T extends { id: number }> {
  #items = new Map<number, T>();
  add(item: T): this {
    this.#items.set(item.id, item);
    return this;
  }
  get(id: number): T | undefined {
    return this.#items.get(id);
  }
  get size(): number {
    return this.#items.size;
  }
}
export function score${i}_${k}(items: ReadonlyArray<Item${i}>, weight: number = ${k}): number {
  return items.reduce((acc: number, it: Item${i}) => acc + (it.score ?? it.tags.length) * weight, 0);
}
TS
    done
    if [ "$i" -gt 0 ]; then
      printf 'export const total%02d: number = total%02d + score%d_1([{ id: 1, name: "a", tags: ["x"] }]);\n' "$i" $((i - 1)) "$i"
    else
      printf 'export const total00: number = score0_1([{ id: 1, name: "a", tags: ["x"] }]);\n'
    fi
  } > "$out/$m.ts"
done
{
  for i in $(seq 0 49); do printf 'import { total%02d as t%02d } from "./m%02d.ts";\n' "$i" "$i" "$i"; done
  printf 'const all: number[] = [%s];\n' "$(seq -s, -f 't%02g' 0 49)"
  printf 'console.log("modules:", all.length, "total:", all[all.length - 1]);\n'
} > "$out/main.ts"
