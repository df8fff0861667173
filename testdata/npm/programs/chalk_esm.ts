// chalk@5: ESM-only, "imports" field (#ansi-styles) and node:tty/os/process.
import chalk, { Chalk, supportsColor } from "chalk";
console.log(chalk.level, supportsColor);
const forced = new Chalk({ level: 1 });
console.log(JSON.stringify(forced.red.bold("hi")));
console.log(chalk.blue("no color when piped"));
