function area(r: number): number {
  return Math.round(Math.PI * r * r);
}
module.exports = { area, kind: "cts" };
