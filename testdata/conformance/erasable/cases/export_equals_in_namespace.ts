// @tscAlso: TS1063
namespace N {
  export = 1;
}
