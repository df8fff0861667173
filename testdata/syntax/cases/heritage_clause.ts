class A extends B, C {}
class D implements {}
interface I extends {}
