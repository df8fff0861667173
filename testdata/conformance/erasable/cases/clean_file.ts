export interface User { id: number; name: string }
export type Id = User["id"];
declare const brand: unique symbol;
export abstract class Repo<T> {
  abstract get(id: Id): T | undefined;
  protected items: T[] = [];
  readonly size: number = 0;
}
export function first<T>(xs: readonly T[]): T | undefined {
  return xs[0];
}
export const k = { a: 1 } as const;
declare enum Ambient { A }
declare namespace Types { const t: number }
export type Brand = typeof brand;
