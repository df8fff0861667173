function pad(value: string | number): string {
  if (typeof value === 'string') {
    return value.toFixed(2);
  }
  return value.toFixed(2);
}
