abstract class A<T> extends Base<T> implements I, J<T> {
  private readonly x: number = 1;
  declare y: string;
  static z?: number;
  w!: string;
  protected static readonly s = 2;
  public constructor(a: number) { super(); }
  abstract m(): void;
  abstract p: number;
  get v(): number { return 1 }
  set v(value: number) {}
  override n<U>(a: U): U { return a as U }
  [k: string]: any;
  public [Symbol.iterator]() {}
  private *gen() {}
  public in() {}
  private get: number;
  set: string;
  static: boolean;
  public async am(): Promise<void> {}
  o?(): void;
  o() {}
  #priv?: number;
  private
  newline = 1;
  public static async *ag() {}
}
export default abstract class B {}
export abstract class C {}
const D = class <T> implements I { x: T }
class E { constructor(); constructor(a?: any) {} }
