// @tscAlso: TS1194
namespace N {
  const c = 1;
  export { c };
}
