// Throwing a string: Node prints the value, not a stack.
console.log("start");
throw "a plain string";
