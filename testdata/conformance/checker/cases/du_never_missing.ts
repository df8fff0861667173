type Animal = { type: 'dog' } | { type: 'cat' } | { type: 'bird' };
function label(a: Animal): string {
  switch (a.type) {
    case 'dog':
      return 'Dog';
    case 'cat':
      return 'Cat';
    default:
      const check: never = a;
      return check;
  }
}
