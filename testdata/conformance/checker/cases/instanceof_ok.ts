declare function log(...args: unknown[]): void;
class NotFound extends Error {
  status = 404;
}
function code(e: unknown): number {
  if (e instanceof NotFound) {
    return e.status;
  }
  if (e instanceof Error) {
    return e.message.length;
  }
  return 500;
}
log(code(new NotFound('x')));
