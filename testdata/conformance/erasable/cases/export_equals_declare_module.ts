declare module "m" {
  const x: number;
  export = x;
}
