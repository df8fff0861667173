function sign(n: number): string {
  if (n > 0) {
    return 'pos';
  } else if (n < 0) {
    return 'neg';
  }
}
