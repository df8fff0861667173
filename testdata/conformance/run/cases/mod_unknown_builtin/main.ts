// node: names only builtins; an unknown one fails at link time.
import { x } from "node:no-such-builtin";
console.log("never", x);
