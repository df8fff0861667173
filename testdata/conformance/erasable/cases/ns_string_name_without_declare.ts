// @tscAlso: TS1035
module "m" {
  export const x = 1;
}
