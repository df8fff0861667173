function sum(...ns: number[]): number {
  return ns.reduce((a, b) => a + b, 0);
}
sum(1, 2, '3');
