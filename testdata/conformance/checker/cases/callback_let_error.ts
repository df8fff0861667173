function f(): string[] {
  let x: string | undefined = Math.random() > 0.5 ? 'a' : undefined;
  if (x === undefined) return [];
  const items = [1, 2, 3];
  const out = items.map(() => x.toUpperCase());
  x = undefined;
  return out;
}
