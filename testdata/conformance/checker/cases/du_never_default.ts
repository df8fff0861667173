type Animal = { type: 'dog'; bark(): void } | { type: 'cat'; meow(): void };
function assertNever(x: never): never {
  throw new Error('unexpected ' + String(x));
}
function speak(a: Animal): void {
  switch (a.type) {
    case 'dog':
      a.bark();
      break;
    case 'cat':
      a.meow();
      break;
    default:
      assertNever(a);
  }
}
speak({ type: 'dog', bark() {} });
