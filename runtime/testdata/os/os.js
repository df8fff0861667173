// node:os. Values differ between machines, so this prints shapes, types
// and invariants; the constants are Linux's and print in full.
const os = require('os');
print(Object.keys(os), os.EOL === '\n', os.devNull, os.platform(), os.type(), os.arch(), os.endianness(), os.machine());
print(os.constants.signals, os.constants.errno, os.constants.priority, os.constants.dlopen, os.constants.UV_UDP_REUSEADDR);
print(Object.keys(os.constants), Object.isFrozen(os.constants), Object.isFrozen(os.constants.signals), Object.getPrototypeOf(os.constants.signals));
const num = (v) => typeof v === 'number' && v >= 0;
print(typeof os.release(), os.release().length > 0, typeof os.version(), typeof os.hostname(), os.hostname().length > 0);
print(os.homedir() === process.env.HOME, os.tmpdir(), num(os.totalmem()), num(os.freemem()), os.freemem() <= os.totalmem());
print(num(os.uptime()), os.loadavg().length, os.loadavg().every(num), Number.isInteger(os.availableParallelism()) && os.availableParallelism() > 0);
const cpus = os.cpus();
print(cpus.length > 0, Object.keys(cpus[0]), Object.keys(cpus[0].times), typeof cpus[0].model, num(cpus[0].speed), Object.values(cpus[0].times).every(num));
const u = os.userInfo();
print(Object.getPrototypeOf(u), Object.keys(u), u.username.length > 0, u.homedir === os.homedir(), typeof u.uid, typeof u.shell);
const ifs = os.networkInterfaces();
const lo = Object.values(ifs).flat().filter((a) => a.internal && a.family === 'IPv4');
print(lo.length > 0 && lo[0].address, lo.length > 0 && lo[0].cidr, lo.length > 0 && Object.keys(lo[0]));
print(os.getPriority(), os.getPriority(0) === os.getPriority(process.pid));
check('getPriority bad', () => os.getPriority('x'));
check('getPriority float', () => os.getPriority(1.5));
check('setPriority range', () => os.setPriority(0, 99));
const saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/dir/';
print(os.tmpdir());
process.env.TMPDIR = '/';
print(os.tmpdir());
if (saved === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = saved;
