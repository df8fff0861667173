// console.log of errors prints their stack (frames are normalized away),
// extra own properties, and errors nested in objects.
class ValidationError extends Error {
  field: string;
  constructor(message: string, field: string) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}
console.log(new Error("plain"));
console.log(new TypeError("bad type"));
console.log(new RangeError("out of range"));
const withCode = Object.assign(new Error("with code"), { code: "E_CODE", status: 404 });
console.log(withCode);
console.log(new ValidationError("invalid", "email"));
console.log({ err: new Error("nested") });
console.log([new Error("in array")]);
console.log(String(new Error("as string")));
console.log(`${new TypeError("template")}`);
const noStack = new Error("no stack");
noStack.stack = undefined;
console.log(noStack);
console.log(new Error(""));
