interface Cat { meow(): void }
interface Dog { bark(): void }
function isCat(a: Cat | Dog): a is Cat {
  return 'meow' in a;
}
function talk(a: Cat | Dog): void {
  if (isCat(a)) {
    a.bark();
  }
}
