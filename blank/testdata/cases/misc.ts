#!/usr/bin/env node
let a: number = 1, b!: string, [c, d]: number[] = [1, 2], { e }: { e: number } = { e: 1 };
function f<T extends object = {}>(this: Window, x?: T, { y }: { y?: number } = {}, ...rest: number[]): asserts x is T {}
function g(this: void) {}
const o = {
  get x(this: Foo): number { return 1 },
  set x(this: Foo, v: number) {},
  m<T>(a: T): T { return a },
  async *n(): AsyncGenerator<number> {},
};
const p = f<string>(x!) satisfies X;
const q = new Map<string, number>();
const r = a?.b!.c!;
const s = tag<string>`x${1}`;
const t = a<b>(c);
const u = f<string>;
try {} catch (err: unknown) {}
for (const k of list as string[]) {}
declare module "m" { export const x: number }
declare global { interface Window {} }
declare namespace NS { const y: number }
namespace Types { export type T = 1; interface I {} }
namespace Nested.Deep { type Q = 1 }
declare enum DE { A }
declare class DC {}
declare function df(): void;
declare let dl: number, dm: string;
label: type LT = 1;
const w = (x as any)!.y as number;
const y = x!;
const z = obj.m<number>?.();
let é: "ünïcödé" = "x", 𝒳: "𝒳" = "y";
