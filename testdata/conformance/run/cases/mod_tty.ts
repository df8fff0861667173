// node:tty with the standard streams not terminals (the suite pipes them):
// isatty, the color-depth rules of WriteStream.prototype.getColorDepth and
// hasColors for given environments, and the constructor errors.
import tty, { isatty, WriteStream, ReadStream } from "node:tty";

console.log(Object.keys(tty), isatty(0), isatty(1), isatty(2), isatty(99), isatty(-1), isatty(1.5), isatty("1" as any));
const depth = (env: Record<string, string>) => WriteStream.prototype.getColorDepth.call(null, env);
for (const env of [
  {}, { TERM: "dumb" }, { TERM: "xterm" }, { TERM: "xterm-256color" }, { TERM: "screen-256color" },
  { TERM: "linux" }, { TERM: "xterm-kitty" }, { TERM: "mosh" }, { TERM: "vt100" }, { TERM: "foo" },
  { COLORTERM: "truecolor" }, { COLORTERM: "24bit" }, { COLORTERM: "1" }, { TMUX: "1" },
  { CI: "1" }, { CI: "1", GITHUB_ACTIONS: "1" }, { CI: "1", TRAVIS: "1" }, { CI: "1", CI_NAME: "codeship" },
  { TEAMCITY_VERSION: "9.1.0" }, { TEAMCITY_VERSION: "8.0" }, { TERM_PROGRAM: "iTerm.app" },
  { TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "3.4" }, { TERM_PROGRAM: "Apple_Terminal" },
  { FORCE_COLOR: "" }, { FORCE_COLOR: "1" }, { FORCE_COLOR: "2" }, { FORCE_COLOR: "3" }, { FORCE_COLOR: "0" },
  { FORCE_COLOR: "true" }, { FORCE_COLOR: "false" }, { NO_COLOR: "1", TERM: "xterm" }, { NODE_DISABLE_COLORS: "1", TERM: "xterm" },
]) {
  console.log(JSON.stringify(env), depth(env));
}
const has = WriteStream.prototype.hasColors;
console.log(has.call(null, {}), has.call(null, { TERM: "xterm" }), has.call(null, 256, { TERM: "xterm" }), has.call(null, 2, {}));
try {
  has.call(null, 1, {});
} catch (e) {
  console.log((e as NodeJS.ErrnoException).code, (e as Error).message);
}
for (const make of [() => new WriteStream(1), () => new ReadStream(0), () => new WriteStream(-1), () => new WriteStream("1" as any), () => new WriteStream(1.5)]) {
  try {
    make();
    console.log("made");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(err.name, err.code, err.message);
  }
}
// With FORCE_COLOR and NO_COLOR both set, the first check warns once.
console.log(depth({ FORCE_COLOR: "1", NO_COLOR: "1" }), depth({ FORCE_COLOR: "1", NO_COLOR: "1" }));
