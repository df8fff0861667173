declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { v1 };
declare namespace DN2 {
export import XX1 = M.y;
}
import r3 = require("m");
;
export {};
