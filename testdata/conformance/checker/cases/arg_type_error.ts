function greet(name: string, times: number): string {
  return name.repeat(times);
}
greet('a', '3');
greet(1, 2);
