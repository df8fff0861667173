import fromA from "./a.ts";
console.log("b body:", fromA(), fromA.name);
