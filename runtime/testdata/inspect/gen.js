// Runs every expression of cases.txt through Node's util and prints the
// golden file expected.txt on stdout (see gen.sh). The Go test evaluates the
// same expressions the same way: new Function('util', 'require', 'return (expr)').
'use strict';
const fs = require('node:fs');
const util = require('node:util');

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
let out = '';
for (const line of lines) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const raw = line.startsWith('@');
  const expr = raw ? line.slice(1) : line;
  let result;
  try {
    const value = new Function('util', 'require', `return (${expr})`)(util, require);
    result = raw ? String(value) : util.inspect(value);
  } catch (err) {
    result = `!throws ${err && err.name}: ${err && err.message}`;
  }
  out += `### ${line}\n${result}\n`;
}
process.stdout.write(out);
