// The quoted assert(...) call on a line with characters outside ASCII
// before it (the column comes in UTF-16 units).
import assert from "node:assert";
const s: string = "é😀"; try { assert(s === "x"); } catch (e: any) { console.log(e.message); }
