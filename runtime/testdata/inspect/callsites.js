// util.getCallSites: gen.sh records Node's output, the Go test runs this
// file on tsrun. Columns are left out: V8 points at the property name of
// the call, goja at the start of the call expression.
const util = require('node:util');
function inner() { return util.getCallSites(); }
function outer() { return inner(); }
const sites = outer();
console.log(Object.keys(sites[0]).join());
console.log(sites.slice(0, 3).map((s) => `${s.functionName}|${s.lineNumber}`).join());
console.log(util.getCallSites(1).length, typeof sites[0].scriptId, sites[0].scriptName === sites[2].scriptName);
console.log(typeof sites[0].columnNumber, sites[0].column === sites[0].columnNumber);
try { util.getCallSites('x'); } catch (e) { console.log(e.code, e.message); }
try { util.getCallSites(0); } catch (e) { console.log(e.code, e.message); }
try { util.getCallSites(201); } catch (e) { console.log(e.code, e.message); }
console.log(util.getCallSites({ sourceMap: true }).length > 0);
