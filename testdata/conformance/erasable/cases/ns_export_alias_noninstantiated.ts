// @tscAlso: TS1194
namespace N {
  interface I { a: number }
  export { I };
}
