// Class names, prototypes and toStringTag in util.inspect.
import { inspect } from "node:util";
class Animal {
  legs = 4;
}
class Dog extends Animal {
  name = "rex";
}
class Weird {
  static [Symbol.hasInstance]() {
    return false;
  }
}
console.log(inspect(new Dog()), inspect(new Weird()));
console.log(inspect(Object.create(Dog.prototype)));
console.log(inspect(Object.create(Object.create(null))));
const o = Object.create(null);
o.x = 1;
console.log(inspect({ o }));
console.log(inspect({ [Symbol.toStringTag]: "Custom", v: 1 }));
class Box<T> {
  value: T;
  constructor(value: T) {
    this.value = value;
  }
}
console.log(inspect(new Box([new Box("inner")])));
console.log(inspect(new (class extends Map {})()));
class MyArray extends Array<number> {}
console.log(inspect(MyArray.from([1, 2])));
class MySet extends Set<string> {}
console.log(new MySet(["a"]));
class MyError extends Error {}
console.log(inspect(new MyError("x")).split("\n")[0]);
