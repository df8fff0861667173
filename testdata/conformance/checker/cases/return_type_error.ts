function f(): string {
  return 42;
}
const g = (): number => 'x';
