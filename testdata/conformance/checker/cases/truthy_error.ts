function greet(name?: string): string {
  if (!name) {
    return name.toUpperCase();
  }
  return name;
}
