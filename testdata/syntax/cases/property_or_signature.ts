interface I {
  a: number;
  + b: string;
  c(): void
}
