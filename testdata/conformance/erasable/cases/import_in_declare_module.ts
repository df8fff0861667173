declare module "m" {
  const x: number;
  export = x;
}
declare module "n" {
  import x = require("m");
  export = x;
}
