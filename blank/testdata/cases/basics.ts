import type { A } from "./a";
import { type B, c } from "./b";
export type { D } from "./d";
interface I { x: number }
type T = string | number;
declare const z: number;
let a: number = 1, b!: string;
function f<T extends object>(this: Window, x?: T, ...rest: number[]): asserts x is T {}
function g(a: string): void;
function g(a: any) {}
class C<T> extends Base<T> implements I, J {
  private readonly x: number = 1;
  declare y: string;
  static z?: number;
  w!: string;
  public constructor(q: number) { super(); }

  get v(): number { return 1 }
  override n<U>(a: U): U { return a as U }
  [k: string]: any;
}
const o = f<string>(x!) satisfies X;
const arr = (a: number): string => String(a);
const arr2 = async <T,>(a: T) => a;

export default interface Q {}
let q = a as unknown as string
foo()
