// node:assert and node:assert/strict, after Node's lib/assert.js and
// lib/internal/assert/assertion_error.js: the messages are what programs
// and test runners print, so their rules are Node's, down to the diff
// layout (a Myers diff of the inspected lines, unchanged runs collapsed)
// and the source text of a falsy assert(...) call, which comes from
// internal.assertCallSite (mod_assert.go).
(function (internal, b, util) {
  'use strict';

  const { inspect } = util;
  const isDeepStrictEqual = util.isDeepStrictEqual;
  const isRegExp = (v) => util.types.isRegExp(v);
  const isError = (v) => util.types.isNativeError(v) || v instanceof Error;
  const nodeError = (cls, code, msg) => b.nodeError(cls, code, msg);
  const invalidArgType = (name, type, v) => b.invalidArgType(name, type, v);

  const kReadableOperator = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
  };
  const kMaxShortStringLength = 12;
  const kMaxLongStringLength = 512;
  const kNopLinesToCollapse = 5;

  function inspectValue(v) {
    return inspect(v, {
      compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
      showHidden: false, showProxy: false, sorted: true, getters: true,
    });
  }

  // ---- the diff

  function linesEqual(a, e, commas) {
    if (a === e) return true;
    return commas && (`${a},` === e || a === `${e},`);
  }

  // Myers' O(ND) diff over lines; ties go the way Node's implementation
  // breaks them (an insertion of actual's line before a deletion).
  function myersDiff(actual, expected, commas) {
    const n = actual.length;
    const m = expected.length;
    const max = n + m;
    const v = new Int32Array(2 * max + 2);
    const trace = [];
    for (let d = 0; d <= max; d++) {
      trace.push(v.slice());
      for (let k = -d; k <= d; k += 2) {
        const off = k + max;
        let x = (k === -d || (k !== d && v[off - 1] < v[off + 1])) ? v[off + 1] : v[off - 1] + 1;
        let y = x - k;
        while (x < n && y < m && linesEqual(actual[x], expected[y], commas)) { x++; y++; }
        v[off] = x;
        if (x >= n && y >= m) return backtrack(trace, actual, expected, commas);
      }
    }
    return [];
  }

  function backtrack(trace, actual, expected, commas) {
    const max = actual.length + expected.length;
    let x = actual.length;
    let y = expected.length;
    const out = [];
    for (let d = trace.length - 1; d >= 0; d--) {
      const v = trace[d];
      const k = x - y;
      const off = k + max;
      const pk = (k === -d || (k !== d && v[off - 1] < v[off + 1])) ? k + 1 : k - 1;
      const px = v[pk + max];
      const py = px - pk;
      while (x > px && y > py) {
        const a = actual[x - 1];
        out.push({ type: 'nop', value: commas && !a.endsWith(',') ? expected[y - 1] : a });
        x--;
        y--;
      }
      if (d > 0) {
        if (x > px) {
          out.push({ type: 'insert', value: actual[x - 1] });
          x--;
        } else {
          out.push({ type: 'delete', value: expected[y - 1] });
          y--;
        }
      }
    }
    return out.reverse();
  }

  function printDiff(diff) {
    let message = '';
    let skipped = false;
    let nops = 0;
    for (let i = 0; i < diff.length; i++) {
      const { type, value } = diff[i];
      const prev = i > 0 ? diff[i - 1].type : null;
      if (prev === 'nop' && type !== 'nop') {
        if (nops === kNopLinesToCollapse + 1) {
          message += `  ${diff[i - 1].value}\n`;
        } else if (nops === kNopLinesToCollapse + 2) {
          message += `  ${diff[i - 2].value}\n  ${diff[i - 1].value}\n`;
        } else if (nops >= kNopLinesToCollapse + 3) {
          message += `...\n  ${diff[i - 1].value}\n`;
          skipped = true;
        }
        nops = 0;
      }
      if (type === 'insert') message += `+ ${value}\n`;
      else if (type === 'delete') message += `- ${value}\n`;
      else if (nops < kNopLinesToCollapse) {
        message += `  ${value}\n`;
        nops++;
      } else {
        nops++;
      }
    }
    return { message: `\n${message.trimEnd()}`, skipped };
  }

  function stackedDiff(actual, expected, strings) {
    let message = `\n+ ${actual}\n- ${expected}`;
    if (strings && actual.length + expected.length <= 80) {
      for (let i = 0; i < actual.length; i++) {
        if (actual[i] !== expected[i]) {
          // The first characters (and the quote) make the difference obvious.
          if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
          break;
        }
      }
    }
    return message;
  }

  function createErrDiff(actual, expected, operator, customMessage) {
    if (operator === 'strictEqual' &&
        ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
         (typeof actual === 'function' && typeof expected === 'function'))) {
      operator = 'strictEqualObject';
    }
    const inspectedActual = inspectValue(actual);
    const inspectedExpected = inspectValue(expected);
    const aLines = inspectedActual.split('\n');
    const eLines = inspectedExpected.split('\n');
    let header = '+ actual - expected';
    let message;
    let skipped = false;
    if (inspectedActual === inspectedExpected && aLines.length > 1) {
      // Same text, different values (symbols, reference identity).
      return `${customMessage || kReadableOperator.notIdentical}\n\n${inspectedActual}\n`;
    }
    const simple = aLines.length === 1 && eLines.length === 1 &&
      (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null);
    if (simple) {
      let len = aLines[0].length + eLines[0].length;
      if (typeof actual === 'string') len -= 2;
      if (typeof expected === 'string') len -= 2;
      if (len <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
        message = `${aLines[0]} !== ${eLines[0]}`;
        header = '';
      } else {
        message = stackedDiff(aLines[0], eLines[0], typeof actual === 'string' && typeof expected === 'string');
      }
    } else {
      const diff = myersDiff(aLines, eLines, actual != null && typeof actual === 'object');
      const printed = printDiff(diff);
      message = printed.message;
      skipped = printed.skipped;
    }
    const head = `${customMessage || kReadableOperator[operator]}\n${header}`;
    return `${head}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
  }

  // ---- AssertionError

  function addEllipsis(s) {
    const lines = s.split('\n', 11);
    if (lines.length > 10) {
      lines.length = 10;
      return `${lines.join('\n')}\n...`;
    }
    if (s.length > kMaxLongStringLength) return `${s.slice(kMaxLongStringLength)}...`;
    return s;
  }

  function copyError(source) {
    const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
    Object.defineProperty(target, 'message', { value: source.message });
    if (source.cause !== undefined) {
      let cause = source.cause;
      if (isError(cause)) cause = copyError(cause);
      Object.defineProperty(target, 'cause', { value: cause });
    }
    return target;
  }

  class AssertionError extends Error {
    constructor(options) {
      if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
      const { message, operator, stackStartFn, details } = options;
      let { actual, expected } = options;
      const diff = options.diff === undefined ? 'simple' : options.diff;
      if (isError(actual) && isError(expected) && 'stack' in actual && 'stack' in expected) {
        // Compared without their stacks, which always differ.
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (message != null) {
        if (operator === 'deepStrictEqual' || operator === 'strictEqual' || operator === 'partialDeepStrictEqual') {
          super(createErrDiff(actual, expected, operator, String(message)));
        } else {
          super(String(message));
        }
      } else if (operator === 'deepStrictEqual' || operator === 'strictEqual' || operator === 'partialDeepStrictEqual') {
        super(createErrDiff(actual, expected, operator));
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        let base = kReadableOperator[operator];
        const res = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' &&
            ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
          base = kReadableOperator.notStrictEqualObject;
        }
        if (res.length > 50) {
          res[46] = '...';
          while (res.length > 47) res.pop();
        }
        if (res.length === 1) super(`${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`);
        else super(`${base}\n\n${res.join('\n')}\n`);
      } else {
        let res = inspectValue(actual);
        let other = inspectValue(expected);
        const known = kReadableOperator[operator];
        if (operator === 'notDeepEqual' && res === other) {
          res = `${known}\n\n${res}`;
          if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
          super(res);
        } else {
          if (res.length > kMaxLongStringLength) res = `${res.slice(0, 509)}...`;
          if (other.length > kMaxLongStringLength) other = `${other.slice(0, 509)}...`;
          if (operator === 'deepEqual') {
            res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
          } else {
            const unequal = kReadableOperator[`${operator}Unequal`];
            if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
            else other = ` ${operator} ${other}`;
          }
          super(`${res}${other}`);
        }
      }
      this.generatedMessage = !message;
      Object.defineProperty(this, 'name', {
        value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
      });
      this.code = 'ERR_ASSERTION';
      if (details) {
        this.actual = undefined;
        this.expected = undefined;
        this.operator = undefined;
      } else {
        this.actual = actual;
        this.expected = expected;
        this.operator = operator;
      }
      this.diff = diff;
      if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this, stackStartFn || stackStartFunction);
      // The stack keeps the code in the name line; the name does not.
      const stack = this.stack;
      Object.defineProperty(this, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
      this.name = 'AssertionError';
    }

    toString() {
      return `${this.name} [${this.code}]: ${this.message}`;
    }

    [inspect.custom](recurseTimes, ctx) {
      const tmpActual = this.actual;
      const tmpExpected = this.expected;
      if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
      if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
      const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
      this.actual = tmpActual;
      this.expected = tmpExpected;
      return result;
    }
  }
  function stackStartFunction() {}

  // ---- assertions

  // Where Node's own code throws each kind of failure: the header of the
  // fatal report names that line (mod_assert.go keeps the table).
  const SITE_UTILS = 0;
  const SITE_EXPECTED = 1;
  const SITE_KEY = 2;
  const SITE_PRIMITIVE = 3;
  const SITE_FAIL = 4;
  const SITE_IFERROR = 5;
  function thrown(err, site) {
    if (internal.assertThrown) internal.assertThrown(err, site);
    return err;
  }

  function innerFail(obj) {
    if (obj.message instanceof Error) throw obj.message;
    throw thrown(new AssertionError(obj), SITE_UTILS);
  }

  function missingArgs(...names) {
    let msg = 'The ';
    if (names.length === 2) msg += `"${names[0]}" and "${names[1]}" arguments`;
    else msg += `"${names[0]}" argument`;
    return nodeError('TypeError', 'ERR_MISSING_ARGS', `${msg} must be specified`);
  }

  function innerOk(fn, argLen, value, message) {
    if (value) return;
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = internal.assertCallSite ? internal.assertCallSite() : undefined;
    } else if (message instanceof Error) {
      throw message;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw thrown(err, SITE_UTILS);
  }

  function assert(...args) {
    innerOk(assert, args.length, ...args);
  }
  assert.AssertionError = AssertionError;
  assert.ok = function ok(...args) {
    innerOk(ok, args.length, ...args);
  };

  assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
    const argsLen = arguments.length;
    let internalMessage = false;
    if (argsLen === 0) {
      internalMessage = 'Failed';
    } else if (argsLen === 1) {
      message = actual;
      actual = undefined;
    } else {
      if (argsLen === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    const err = new AssertionError({
      actual, expected, operator: operator === undefined ? 'fail' : operator,
      stackStartFn: stackStartFn || fail, message: message || internalMessage,
    });
    if (internalMessage) err.generatedMessage = true;
    throw thrown(err, SITE_FAIL);
  };

  function looseEq(a, b) {
    // eslint-disable-next-line eqeqeq
    return a == b || (a !== a && b !== b);
  }

  assert.equal = function equal(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (!looseEq(actual, expected)) innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  };
  assert.notEqual = function notEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (looseEq(actual, expected)) innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  };
  assert.strictEqual = function strictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  };
  assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  };
  assert.deepEqual = function deepEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (!isDeepLooseEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  };
  assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (isDeepLooseEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  };
  assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  };
  assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  };

  // Loose deep equality (assert.deepEqual): == for primitives, prototypes
  // ignored, only enumerable string keys.
  function isDeepLooseEqual(a, b, memo) {
    if (a === b) return true;
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') return looseEq(a, b);
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
    const tag = Object.prototype.toString;
    if (tag.call(a) !== tag.call(b)) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a) && a.length !== b.length) return false;
    const t = util.types;
    if (t.isDate(a) && a.getTime() !== b.getTime()) return false;
    if (t.isRegExp(a) && (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex)) return false;
    if (isError(a) && (a.message !== b.message || a.name !== b.name)) return false;
    if (t.isBoxedPrimitive(a) && !Object.is(a.valueOf(), b.valueOf())) return false;
    if (ArrayBuffer.isView(a)) {
      if (a.byteLength !== b.byteLength) return false;
      const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      if (!t.isFloat32Array(a) && !t.isFloat64Array(a)) {
        for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
      } else {
        for (let i = 0; i < a.length; i++) if (!looseEq(a[i], b[i])) return false;
      }
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!Object.prototype.propertyIsEnumerable.call(b, k)) return false;
    memo = memo || { a: new Map(), b: new Map(), depth: 0 };
    const seenA = memo.a.get(a);
    if (seenA !== undefined) {
      const seenB = memo.b.get(b);
      if (seenB !== undefined) return seenA === seenB;
    }
    memo.depth++;
    memo.a.set(a, memo.depth);
    memo.b.set(b, memo.depth);
    let eq = true;
    if (t.isSet(a)) {
      eq = t.isSet(b) && a.size === b.size && [...a].every((v) => b.has(v) || [...b].some((w) => isDeepLooseEqual(v, w, memo)));
    } else if (t.isMap(a)) {
      eq = t.isMap(b) && a.size === b.size && [...a].every(([k, v]) =>
        (b.has(k) && isDeepLooseEqual(v, b.get(k), memo)) ||
        [...b].some(([k2, v2]) => isDeepLooseEqual(k, k2, memo) && isDeepLooseEqual(v, v2, memo)));
    }
    if (eq) {
      for (const k of ka) {
        if (!isDeepLooseEqual(a[k], b[k], memo)) { eq = false; break; }
      }
    }
    memo.a.delete(a);
    memo.b.delete(b);
    return eq;
  }

  // ---- throws / rejects

  const NO_EXCEPTION = {};

  function getActual(fn) {
    if (typeof fn !== 'function') throw invalidArgType('fn', 'function', fn);
    try {
      fn();
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION;
  }

  const isPromise = (v) => util.types.isPromise(v) ||
    (v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function');

  async function waitForActual(promiseFn) {
    let p;
    if (typeof promiseFn === 'function') {
      p = promiseFn();
      if (!isPromise(p)) {
        throw nodeError('TypeError', 'ERR_INVALID_RETURN_VALUE',
          `Expected instance of Promise to be returned from the "promiseFn" function but got ${describeReturn(p)}.`);
      }
    } else if (isPromise(promiseFn)) {
      p = promiseFn;
    } else {
      throw invalidArgType('promiseFn', ['Function', 'Promise'], promiseFn);
    }
    try {
      await p;
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION;
  }

  function describeReturn(v) {
    if (v && v.constructor && v.constructor.name) return `instance of ${v.constructor.name}`;
    return `type ${typeof v}`;
  }

  function expectsError(fn, actual, error, message, argLen) {
    if (typeof error === 'string') {
      if (argLen === 4) throw invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
      if (typeof actual === 'object' && actual !== null) {
        if (actual.message === error) {
          throw nodeError('TypeError', 'ERR_AMBIGUOUS_ARGUMENT',
            `The "error/message" argument is ambiguous. The error message "${actual.message}" is identical to the message.`);
        }
      } else if (actual === error) {
        throw nodeError('TypeError', 'ERR_AMBIGUOUS_ARGUMENT',
          `The "error/message" argument is ambiguous. The error "${actual}" is identical to the message.`);
      }
      message = error;
      error = undefined;
    } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
      throw invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (actual === NO_EXCEPTION) {
      let details = '';
      if (error && error.name) details += ` (${error.name})`;
      details += message ? `: ${message}` : '.';
      const kind = fn === assert.rejects ? 'rejection' : 'exception';
      innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${kind}${details}`, stackStartFn: fn });
    }
    if (!error) return;
    expectedException(actual, error, message, fn);
  }

  class Comparison {
    constructor(obj, keys, actual) {
      for (const key of keys) {
        if (key in obj) {
          if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
              obj[key].exec(actual[key]) !== null) {
            this[key] = actual[key];
          } else {
            this[key] = obj[key];
          }
        }
      }
    }
  }

  function compareExceptionKey(actual, expected, key, message, keys, fn) {
    if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
      if (!message) {
        const a = new Comparison(actual, keys);
        const e = new Comparison(expected, keys, actual);
        const err = new AssertionError({ actual: a, expected: e, operator: 'deepStrictEqual', stackStartFn: fn });
        err.actual = actual;
        err.expected = expected;
        err.operator = fn.name;
        throw thrown(err, SITE_KEY);
      }
      innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    }
  }

  function expectedException(actual, expected, message, fn) {
    let generatedMessage = false;
    let throwError = false;
    if (typeof expected !== 'function') {
      if (isRegExp(expected)) {
        const str = String(actual);
        if (expected.exec(str) !== null) return;
        if (!message) {
          generatedMessage = true;
          message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
        }
        throwError = true;
      } else if (typeof actual !== 'object' || actual === null) {
        const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
        err.operator = fn.name;
        throw thrown(err, SITE_PRIMITIVE);
      } else {
        const keys = Object.keys(expected);
        if (expected instanceof Error) {
          keys.push('name', 'message');
        } else if (keys.length === 0) {
          throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
            `The argument 'error' may not be an empty object. Received {}`);
        }
        for (const key of keys) {
          if (typeof actual[key] === 'string' && isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) {
            continue;
          }
          compareExceptionKey(actual, expected, key, message, keys, fn);
        }
        return;
      }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
      return;
    } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
      if (!message) {
        generatedMessage = true;
        message = `The error is expected to be an instance of "${expected.name}". Received `;
        if (isError(actual)) {
          const name = (actual.constructor && actual.constructor.name) || actual.name;
          if (expected.name === name) message += 'an error with identical name but a different prototype.';
          else message += `"${name}"`;
          if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
        } else {
          message += `"${inspect(actual, { depth: -1 })}"`;
        }
      }
      throwError = true;
    } else {
      const res = Reflect.apply(expected, {}, [actual]);
      if (res !== true) {
        if (!message) {
          generatedMessage = true;
          const name = expected.name ? `"${expected.name}" ` : '';
          message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
          if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
        }
        throwError = true;
      }
    }
    if (throwError) {
      const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
      err.generatedMessage = generatedMessage;
      throw thrown(err, SITE_EXPECTED);
    }
  }

  function hasMatchingError(actual, expected) {
    if (typeof expected !== 'function') {
      if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
      throw invalidArgType('expected', ['Function', 'RegExp'], expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
    return Reflect.apply(expected, {}, [actual]) === true;
  }

  function expectsNoError(fn, actual, error, message) {
    if (actual === NO_EXCEPTION) return;
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || hasMatchingError(actual, error)) {
      const details = message ? `: ${message}` : '.';
      const kind = fn === assert.doesNotReject ? 'rejection' : 'exception';
      innerFail({
        actual, expected: error, operator: fn.name, stackStartFn: fn,
        message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
      });
    }
    throw actual;
  }

  assert.throws = function throws(promiseFn, ...args) {
    expectsError(throws, getActual(promiseFn), args[0], args[1], args.length + 2);
  };
  // After the await, the failure's stack has none of the program's
  // frames; V8 shows the awaiting caller's, so the caller's are kept.
  function withCallerFrames(fn, callStack) {
    try {
      fn();
    } catch (err) {
      if (err instanceof AssertionError && typeof callStack === 'string') {
        const at = callStack.indexOf('\n');
        Object.defineProperty(err, 'stack', {
          value: `AssertionError [ERR_ASSERTION]: ${err.message}${at === -1 ? '' : callStack.slice(at)}`,
          writable: true, configurable: true, enumerable: false,
        });
      }
      throw err;
    }
  }
  assert.rejects = async function rejects(promiseFn, ...args) {
    const callStack = new Error().stack;
    const actual = await waitForActual(promiseFn);
    withCallerFrames(() => expectsError(rejects, actual, args[0], args[1], args.length + 2), callStack);
  };
  assert.doesNotThrow = function doesNotThrow(fn, ...args) {
    expectsNoError(doesNotThrow, getActual(fn), ...args);
  };
  assert.doesNotReject = async function doesNotReject(fn, ...args) {
    const callStack = new Error().stack;
    const actual = await waitForActual(fn);
    withCallerFrames(() => expectsNoError(doesNotReject, actual, ...args), callStack);
  };

  assert.ifError = function ifError(err) {
    if (err === null || err === undefined) return;
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
    // The original error's frames follow the assertion's, as in Node.
    const origStack = err && err.stack;
    if (typeof origStack === 'string') {
      const origFrames = origStack.split('\n');
      origFrames.shift();
      const ownFrames = newErr.stack.split('\n');
      for (const f of origFrames) {
        const pos = ownFrames.indexOf(f);
        if (pos !== -1) {
          ownFrames.splice(pos);
          break;
        }
      }
      newErr.stack = `${ownFrames.join('\n')}\n${origFrames.join('\n')}`;
    }
    throw thrown(newErr, SITE_IFERROR);
  };

  function internalMatch(string, regexp, message, fn) {
    if (!isRegExp(regexp)) throw invalidArgType('regexp', 'RegExp', regexp);
    const match = fn === assert.match;
    if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
      if (message instanceof Error) throw message;
      const generatedMessage = !message;
      message = message || (typeof string !== 'string'
        ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
        : `${match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression '}${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
      const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
      err.generatedMessage = generatedMessage;
      throw thrown(err, SITE_UTILS);
    }
  }
  assert.match = function match(string, regexp, message) {
    internalMatch(string, regexp, message, match);
  };
  assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
    internalMatch(string, regexp, message, doesNotMatch);
  };

  // Partial deep equality: expected's own keys (and its array elements, in
  // order; its set and map entries) must be found in actual.
  function isPartial(actual, expected) {
    if (expected === null || typeof expected !== 'object') return isDeepStrictEqual(actual, expected);
    if (actual === null || typeof actual !== 'object') return false;
    const proto = Object.getPrototypeOf(expected);
    if (proto !== Object.prototype && proto !== null && Object.getPrototypeOf(actual) !== proto) return false;
    const t = util.types;
    if (t.isDate(expected) || t.isRegExp(expected) || t.isBoxedPrimitive(expected) || ArrayBuffer.isView(expected) ||
        isError(expected)) {
      if (!isDeepStrictEqual(actual, expected)) return false;
    }
    if (Array.isArray(expected) !== Array.isArray(actual)) return false;
    if (Array.isArray(expected)) {
      const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
      let i = 0;
      for (let j = 0; j < expected.length; j++) {
        const e = expected[j];
        while (i < actual.length && (own(actual, i) !== own(expected, j) || !isPartial(actual[i], e))) i++;
        if (i === actual.length) return false;
        i++;
      }
      return true;
    }
    if (t.isSet(expected)) {
      for (const e of expected) {
        if (!actual.has(e) && ![...actual].some((a) => isPartial(a, e))) return false;
      }
      return true;
    }
    if (t.isMap(expected)) {
      for (const [k, v] of expected) {
        if (!actual.has(k) || !isPartial(actual.get(k), v)) return false;
      }
      return true;
    }
    for (const k of Reflect.ownKeys(expected)) {
      if (!Object.prototype.propertyIsEnumerable.call(expected, k)) continue;
      if (!Object.prototype.hasOwnProperty.call(actual, k) || !isPartial(actual[k], expected[k])) return false;
    }
    return true;
  }
  const partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (!isPartial(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'partialDeepStrictEqual', stackStartFn: partialDeepStrictEqual });
    }
  };

  // Node's export order (programs print Object.keys(assert)).
  const order = ['fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
    'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match', 'doesNotMatch',
    'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError'];
  const fns = Object.assign({}, assert, { partialDeepStrictEqual });
  for (const k of order) delete assert[k];
  for (const k of order) assert[k] = fns[k];

  function strict(...args) {
    innerOk(strict, args.length, ...args);
  }
  assert.strict = Object.assign(strict, assert, {
    equal: assert.strictEqual,
    deepEqual: assert.deepStrictEqual,
    notEqual: assert.notStrictEqual,
    notDeepEqual: assert.notDeepStrictEqual,
  });

  // Assert: the same assertions as methods, strict unless told otherwise.
  class Assert {
    constructor(options) {
      const o = options || {};
      this.AssertionError = AssertionError;
      if (o.strict === false) {
        this.equal = fns.equal;
        this.deepEqual = fns.deepEqual;
        this.notEqual = fns.notEqual;
        this.notDeepEqual = fns.notDeepEqual;
      } else {
        this.equal = fns.strictEqual;
        this.deepEqual = fns.deepStrictEqual;
        this.notEqual = fns.notStrictEqual;
        this.notDeepEqual = fns.notDeepStrictEqual;
      }
    }
  }
  for (const k of ['fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
    'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'throws', 'rejects',
    'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch']) {
    Object.defineProperty(Assert.prototype, k, {
      value: k === 'ok' ? function ok(...args) { innerOk(ok, args.length, ...args); } : fns[k] || assert[k],
      writable: true, configurable: true, enumerable: false,
    });
  }
  strict.Assert = Assert;
  strict.strict = strict;
  assert.Assert = Assert;
  return assert;
})
