// node:os values that are the same on every Linux machine.
import os from "node:os";
console.log(JSON.stringify(os.EOL), os.platform(), os.type(), os.endianness());
console.log(Array.isArray(os.cpus()), typeof os.totalmem(), typeof os.hostname(), os.tmpdir().length > 0);
console.log(os.homedir());
console.log(typeof os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.devNull);
