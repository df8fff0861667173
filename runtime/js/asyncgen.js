// Async generators as V8 has them, for the code esbuild lowers them into
// (goja cannot parse them): strip_lowered.go points esbuild's
// __asyncGenerator helper at gen below, so the objects it returns have
// V8's prototype chain (AsyncGenerator, AsyncIterator) instead of being
// plain objects with own next/throw/return, and passes the lowered
// functions through fix, which gives them AsyncGeneratorFunction's
// prototype. The driving of the generator is esbuild's helper's, step for
// step, so the order of promise jobs does not change.
(function (internal) {
  "use strict";
  const AsyncIteratorPrototype = {};
  Object.defineProperty(AsyncIteratorPrototype, Symbol.asyncIterator, {
    value: { [Symbol.asyncIterator]() { return this; } }[Symbol.asyncIterator],
    writable: true, configurable: true,
  });
  const AsyncGeneratorPrototype = Object.create(AsyncIteratorPrototype);
  const AsyncGeneratorFunctionPrototype = Object.create(Function.prototype);
  const AsyncGeneratorFunction = function AsyncGeneratorFunction() {
    throw new TypeError("tsrun cannot create an async generator function from text");
  };
  Object.setPrototypeOf(AsyncGeneratorFunction, Function);
  Object.defineProperty(AsyncGeneratorFunction, "prototype", { value: AsyncGeneratorFunctionPrototype });
  Object.defineProperties(AsyncGeneratorFunctionPrototype, {
    constructor: { value: AsyncGeneratorFunction, configurable: true },
    prototype: { value: AsyncGeneratorPrototype, configurable: true },
    [Symbol.toStringTag]: { value: "AsyncGeneratorFunction", configurable: true },
  });

  internal.asyncGenFnProto = AsyncGeneratorFunctionPrototype;

  const states = new WeakMap();

  function resume(s, k, v, yes, no) {
    try {
      const x = s.gen[k](v);
      v = x.value;
      const isAwait = s.Await !== undefined && v instanceof s.Await;
      const done = x.done;
      Promise.resolve(isAwait ? v[0] : v)
        .then((y) => isAwait ? resume(s, k === "return" ? k : "next", v[1] ? { done: y.done, value: y.value } : y, yes, no) : yes({ value: y, done }))
        .catch((e) => resume(s, "throw", e, yes, no));
    } catch (e) {
      no(e);
    }
  }

  // Calls queue behind the one running, as esbuild's helper queues them.
  function enqueue(self, k, x) {
    const s = states.get(self);
    if (s === undefined) {
      return Promise.reject(new TypeError(`AsyncGenerator.prototype.${k} called on incompatible receiver`));
    }
    let wait;
    const call = new Promise((yes, no) => {
      const run = () => resume(s, k, x, yes, no);
      s.q ? s.q.then(run) : run();
    });
    const clear = () => { if (s.q === wait) s.q = 0; };
    s.q = wait = call.then(clear, clear);
    return call;
  }

  const methods = {
    next(x) { return enqueue(this, "next", x); },
    return(x) { return enqueue(this, "return", x); },
    throw(x) { return enqueue(this, "throw", x); },
  };
  for (const k of ["next", "return", "throw"]) {
    Object.defineProperty(AsyncGeneratorPrototype, k, { value: methods[k], writable: true, configurable: true });
  }
  Object.defineProperties(AsyncGeneratorPrototype, {
    constructor: { value: AsyncGeneratorFunctionPrototype, configurable: true },
    [Symbol.toStringTag]: { value: "AsyncGenerator", configurable: true },
  });

  function gen(thisArg, args, generator, Await) {
    const it = Object.create(AsyncGeneratorPrototype);
    states.set(it, { gen: generator.apply(thisArg, args), q: 0, Await });
    return it;
  }

  // A lowered async generator function: its body is one call of the
  // helper (esbuild's output shape).
  const lowered = /^[^{]*\{\s*return __asyncGenerator\(/;
  const fnToString = Function.prototype.toString;
  function isLowered(f) {
    return typeof f === "function" && Object.getPrototypeOf(f) === Function.prototype && lowered.test(fnToString.call(f));
  }
  function mark(f) {
    Object.setPrototypeOf(f, AsyncGeneratorFunctionPrototype);
    const d = Object.getOwnPropertyDescriptor(f, "prototype");
    if (d === undefined || d.writable) {
      Object.defineProperty(f, "prototype", { value: Object.create(AsyncGeneratorPrototype), writable: true, enumerable: false, configurable: false });
    }
  }
  function fixOwn(o) {
    for (const k of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, k);
      if (d !== undefined && "value" in d && isLowered(d.value)) mark(d.value);
    }
  }
  // fix takes a lowered function, or an object or class holding lowered
  // methods, and returns it. name is the name a function expression would
  // have taken from where it stands, which the call around it took away.
  function fix(x, name) {
    if (isLowered(x)) {
      mark(x);
    } else if (x !== null && (typeof x === "object" || typeof x === "function")) {
      fixOwn(x);
      if (typeof x === "function" && x.prototype !== null && typeof x.prototype === "object") fixOwn(x.prototype);
    }
    if (typeof x === "function" && name !== undefined && x.name === "") {
      Object.defineProperty(x, "name", { value: name, configurable: true });
    }
    return x;
  }

  return { gen, fix };
})
