// Runs Node's own type stripping (module.stripTypeScriptTypes) over files,
// for scripts/gen-blank-golden.sh.
//   node scripts/node-strip.cjs out DIR FILE...   writes DIR/<base>.js, or <base>.err
//   node scripts/node-strip.cjs sums ROOT FILE... prints "<sha256>  <path under ROOT>"
const m = require("node:module");
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");
process.removeAllListeners("warning");
const [mode, dir, ...files] = process.argv.slice(2);
for (const f of files) {
  let out, err;
  try {
    out = m.stripTypeScriptTypes(fs.readFileSync(f, "utf8"));
  } catch (e) {
    err = `${e.code}: ${e.message.split("\n")[0]}\n`;
  }
  if (mode === "out") {
    const base = path.join(dir, path.basename(f).replace(/\.[mc]?ts$/, ""));
    for (const ext of [".js", ".err"]) fs.rmSync(base + ext, { force: true });
    if (err !== undefined) fs.writeFileSync(base + ".err", err);
    else fs.writeFileSync(base + ".js", out);
  } else {
    const sum = err !== undefined ? "error" : crypto.createHash("sha256").update(out).digest("hex");
    process.stdout.write(`${sum}  ${path.relative(dir, f)}\n`);
  }
}
