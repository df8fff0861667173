declare module "m" {
  export const x: number;
  export function f(): void;
}
