// Error.captureStackTrace as custom errors use it: the header is written
// from name and message when the stack is first read; frames are not
// compared (their format is goja's until printed).
const head = (s) => s.split('\n')[0];
class AppError extends Error {
  constructor(m) { super(m); Error.captureStackTrace(this, AppError); this.name = 'AppError'; }
}
const e = new AppError('boom');
print(head(e.stack), e instanceof AppError, Object.keys(e));
const d = Object.getOwnPropertyDescriptor(e, 'stack');
print(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name === '');
e.stack = 'replaced';
print(e.stack);
const o = { message: 'hi', name: 'X' };
Error.captureStackTrace(o);
print(Object.keys(o), head(o.stack));
const p = {};
Error.captureStackTrace(p);
print(head(p.stack));
const q = { name: '', message: 'only message' };
Error.captureStackTrace(q);
print(head(q.stack));
print(Error.captureStackTrace.name, Error.captureStackTrace.length, Error.stackTraceLimit);
check('primitive', () => Error.captureStackTrace(1));
function inner() { const x = {}; Error.captureStackTrace(x, inner); return x.stack; }
print(head(inner()));
Error.stackTraceLimit = 0;
const z = {};
Error.captureStackTrace(z);
print(JSON.stringify(z.stack));
