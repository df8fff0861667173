declare function log(...args: unknown[]): void;
class Animal {
  constructor(public name: string) {}
  move(d: number): string {
    return this.name + d;
  }
}
class Dog extends Animal {
  bark(): string {
    return this.move(1) + '!';
  }
}
const d = new Dog('rex');
const a: Animal = d;
log(a.move(2), d.bark(), d.name);
