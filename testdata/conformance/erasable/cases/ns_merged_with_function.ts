function f() {}
namespace f {
  export const x = 1;
}
