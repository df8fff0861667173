namespace N {
  class C {}
}
namespace M {
  declare class D {}
}
