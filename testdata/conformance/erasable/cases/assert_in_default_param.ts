export function f(x = <number>1) {
  return x;
}
