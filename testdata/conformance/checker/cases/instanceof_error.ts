class A {
  a = 1;
}
class B {
  b = 'x';
}
function f(x: A | B): number {
  if (x instanceof A) {
    return x.a;
  }
  return x.a;
}
