function f(a, b: number) {
  return b;
}
const g = function (x) {
  return x;
};
