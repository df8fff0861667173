type Status = 'open' | 'closed';
function f(s: Status): boolean {
  return s === 'pending';
}
function g(n: number): boolean {
  return n === 'x';
}
