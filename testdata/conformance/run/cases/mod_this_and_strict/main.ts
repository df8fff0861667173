// ES modules are strict, with `this` undefined at the top level.
import { check } from "./lib.ts";
console.log(this, typeof this);
console.log(check());
try {
  // @ts-ignore: an undeclared assignment
  undeclaredVar = 1;
} catch (e) {
  console.log((e as Error).constructor.name);
}
