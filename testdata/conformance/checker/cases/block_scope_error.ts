function f(): number {
  if (Math.random() > 0.5) {
    const inner = 1;
  }
  return inner;
}
