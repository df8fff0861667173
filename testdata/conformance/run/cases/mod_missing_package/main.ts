// A bare specifier no node_modules provides fails before any code runs.
import { x } from "no-such-package-anywhere";
console.log("never", x);
