enum E { A }
namespace N { export const x = 1; }
class C { constructor(public p: number) {} }
const a = <number>(1 as unknown);
import v = require("./export_equals_dts");
export = v;
