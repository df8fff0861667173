// chalk@5 at each color level: 16 colors, 256 (ansi256, hex and rgb
// downsampled), truecolor, background colors, modifiers, nesting, and
// supportsColor/chalkStderr when the output is a pipe.
import chalk, { Chalk, chalkStderr, supportsColor, supportsColorStderr, modifierNames, foregroundColorNames } from "chalk";

const show = (s: string) => JSON.stringify(s);
for (const level of [0, 1, 2, 3] as const) {
  const c = new Chalk({ level });
  console.log(level, show(c.red("r")), show(c.bgBlue.white("w")), show(c.hex("#ff8800")("h")), show(c.rgb(10, 200, 30).bold("b")));
  console.log(level, show(c.ansi256(200)("a")), show(c.bgHex("#123456")("g")), show(c.underline.italic.dim("u")));
  console.log(level, show(c.red(`a ${c.blue("b")} c`)), show(c.green("multi\nline")), show(c.visible("v")));
}
console.log(chalk.level, chalkStderr.level, supportsColor, supportsColorStderr);
console.log(chalk.red.bold("plain"), chalk.reset("x"), chalk.inverse(1 as any, 2, "three"));
console.log(modifierNames.length, foregroundColorNames.includes("magentaBright"));
