declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { v1 };
import r1 = require("m");
;
export {};
