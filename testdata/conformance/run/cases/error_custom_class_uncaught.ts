// An uncaught error subclass with own properties.
class HttpError extends Error {
  status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "HttpError";
    this.status = status;
  }
}
throw new HttpError(503, "service unavailable");
