// util.inspect and util.format, written to match Node 26's output byte for
// byte. The rules (quote choice, line breaking, array grouping, error stacks)
// are Node's observable behaviour; runtime/testdata/inspect holds the golden
// outputs produced by the real Node that keep this file honest.
//
// `internal` carries the few facts JavaScript cannot see in goja:
//   proxyDetails(v)   undefined | null (revoked) | [target, handler]
//   promiseDetails(v) undefined | [state (0 pending, 1 fulfilled, 2 rejected), result]
//   className(v)      goja's class of an object ("Error", "Arguments", "RegExp", …)
//   objectKind(v)     the internal slots of v: "Map", "Set", "Date", … or ""
//   nodeStack(s)      goja's stack text rewritten with Node's frame format
//   stringWidth(s)    terminal columns of s (East Asian Width, emoji)
//   nonIndexKeys(v, all)  own string keys of v that are not array indices
//   iteratorKind(v)   'Map' | 'Set' for a real Map/Set iterator, else '' (undefined: unreadable)
// (iteratorPreview is read by js/inspect_iter.js, which makeIteratorFormatter comes from.)
(function (internal, makeRegExpHighlighter, makeIteratorFormatter) {
  'use strict';

  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
  const ObjectProto = Object.prototype;
  const hasOwn = (o, k) => ObjectProto.hasOwnProperty.call(o, k);
  const isEnumerable = (o, k) => ObjectProto.propertyIsEnumerable.call(o, k);
  const getProto = Object.getPrototypeOf;
  const getDesc = Object.getOwnPropertyDescriptor;

  // ---- type checks (brand checks: the builtin methods throw on foreign receivers)

  const brand = (fn, ...args) => (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
    try {
      fn.apply(v, args);
      return true;
    } catch {
      return false;
    }
  };
  const getter = (proto, key) => getDesc(proto, key).get;
  const TypedArrayProto = getProto(Uint8Array.prototype);
  const typedArrayTag = getter(TypedArrayProto, Symbol.toStringTag);
  const AsyncFunctionProto = getProto(async function () {});
  const GeneratorFunctionProto = getProto(function* () {});
  const MapIteratorProto = getProto(new Map().entries());
  const SetIteratorProto = getProto(new Set().values());

  // Go reads the internal slots for the common kinds (see objectKind in
  // inspect.go); the rarer ones are first told apart by their tag, so that
  // an ordinary object never pays for a throwing brand check.
  const kind = (v) => (v !== null && typeof v === 'object' ? internal.objectKind(v) : '');
  const objectToString = Object.prototype.toString;
  const tagged = (tag, check) => (v) => v !== null && typeof v === 'object' &&
    objectToString.call(v) === tag && check(v);
  const typedArrayLength = getter(TypedArrayProto, 'length');
  const setSize = getter(Set.prototype, 'size');
  const mapSize = getter(Map.prototype, 'size');
  const isMap = (v) => kind(v) === 'Map';
  const isSet = (v) => kind(v) === 'Set';
  const isWeakMap = tagged('[object WeakMap]', brand(WeakMap.prototype.has, {}));
  const isWeakSet = tagged('[object WeakSet]', brand(WeakSet.prototype.has, {}));
  const isDate = (v) => kind(v) === 'Date';
  const isNumberObject = (v) => kind(v) === 'Number';
  const isStringObject = (v) => kind(v) === 'String';
  const isBooleanObject = (v) => kind(v) === 'Boolean';
  const isBigIntObject = (v) => kind(v) === 'BigInt';
  const isSymbolObject = tagged('[object Symbol]', brand(Symbol.prototype.valueOf));
  const isBoxedPrimitive = (v) => {
    const k = kind(v);
    return k === 'Number' || k === 'String' || k === 'Boolean' || k === 'BigInt' || isSymbolObject(v);
  };
  const isArrayBuffer = (v) => kind(v) === 'ArrayBuffer';
  const isDataView = tagged('[object DataView]', brand(getter(DataView.prototype, 'byteLength')));
  const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;
  const typedArrayName = (v) => typedArrayTag.call(v);
  const isUint8Array = (v) => typedArrayTag.call(v) === 'Uint8Array';
  const isRegExp = (v) => kind(v) === 'RegExp';
  const isNativeError = (v) => kind(v) === 'Error';
  const isArgumentsObject = (v) => kind(v) === 'Arguments';
  const isPromise = (v) => kind(v) === 'Promise';
  // goja has no module records: the loader's namespace objects are ordinary
  // objects shaped as the spec shapes them (null prototype, an own
  // non-enumerable Symbol.toStringTag of 'Module', not extensible).
  const isModuleNamespaceObject = (v) => {
    if (v === null || typeof v !== 'object' || getProto(v) !== null || Object.isExtensible(v)) return false;
    const d = getDesc(v, Symbol.toStringTag);
    return d !== undefined && d.value === 'Module' && !d.enumerable;
  };
  const isProxy = (v) => (typeof v === 'function' ? internal.proxyDetails(v) !== undefined : kind(v) === 'Proxy');
  const inChain = (v, proto) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
    for (let p = getProto(v); p !== null; p = getProto(p)) {
      if (p === proto) return true;
    }
    return false;
  };
  // Async generator functions are esbuild-lowered functions that
  // js/asyncgen.js gave its AsyncGeneratorFunction prototype (set on
  // internal when that file loads).
  const isAsyncGeneratorFunction = (v) => internal.asyncGenFnProto !== undefined && typeof v === 'function' && inChain(v, internal.asyncGenFnProto);
  const isAsyncFunction = (v) => typeof v === 'function' && (inChain(v, AsyncFunctionProto) || isAsyncGeneratorFunction(v));
  const isGeneratorFunction = (v) => typeof v === 'function' && (inChain(v, GeneratorFunctionProto) || isAsyncGeneratorFunction(v));
  // A brand check, as V8's: an object made from the iterator prototype is
  // not an iterator, and a real one stays one without its prototype.
  const iteratorKindIs = (v, type, proto) => {
    if (v === null || typeof v !== 'object') return false;
    const k = internal.iteratorKind(v);
    return k === undefined ? inChain(v, proto) : k === type;
  };
  const isMapIterator = (v) => iteratorKindIs(v, 'Map', MapIteratorProto);
  const isSetIterator = (v) => iteratorKindIs(v, 'Set', SetIteratorProto);
  const isError = (v) => isNativeError(v) || (v !== null && typeof v === 'object' && v instanceof Error);

  // Capitalised globals of a fresh Node process: a prototype whose constructor
  // is one of these is "built in" (not user code). A fixed list, because user
  // code may have added globals by the time inspect first runs.
  const builtInObjects = new Set([
    'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date',
    'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
    'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math',
    'Intl', 'ArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array',
    'Int16Array', 'Uint32Array', 'Int32Array', 'Float16Array', 'Float32Array',
    'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
    'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
    'FinalizationRegistry', 'WeakRef', 'SharedArrayBuffer', 'Iterator',
    'WebAssembly', 'Buffer', 'URL', 'URLSearchParams', 'TextEncoder',
    'TextDecoder', 'AbortController', 'AbortSignal', 'EventTarget', 'Event',
    'MessageChannel', 'MessagePort', 'MessageEvent', 'Blob', 'Headers',
    'Request', 'Response', 'FormData', 'WebSocket', 'Performance',
  ]);

  // ---- options

  const inspectDefaultOptions = Object.seal({
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false,
  });
  const optionNames = Object.keys(inspectDefaultOptions);

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;
  // Internal slots shown as `[byteLength]: 2` (ArrayBuffer, DataView).
  const kInternalType = 3;
  const kMinLineLength = 16;

  function inspect(value, opts) {
    // A literal, not a loop over optionNames: this runs for every
    // console.log of an object, and goja builds a literal much faster.
    const d = inspectDefaultOptions;
    const ctx = {
      budget: {},
      indentationLvl: 0,
      seen: [],
      currentDepth: 0,
      stylize: stylizeNoColor,
      showHidden: d.showHidden,
      depth: d.depth,
      colors: d.colors,
      customInspect: d.customInspect,
      showProxy: d.showProxy,
      maxArrayLength: d.maxArrayLength,
      maxStringLength: d.maxStringLength,
      breakLength: d.breakLength,
      compact: d.compact,
      sorted: d.sorted,
      getters: d.getters,
      numericSeparator: d.numericSeparator,
    };
    if (arguments.length > 1) {
      // Legacy signature: inspect(value, showHidden, depth, colors).
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts) {
        for (const key of Object.keys(opts)) {
          if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
            ctx[key] = opts[key];
          } else if (ctx.userOptions === undefined) {
            ctx.userOptions = opts;
          }
        }
      }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    return formatValue(ctx, value, 0);
  }
  inspect.custom = customInspectSymbol;
  Object.defineProperty(inspect, 'defaultOptions', {
    get() {
      return inspectDefaultOptions;
    },
    set(options) {
      if (options === null || typeof options !== 'object') {
        throw invalidArgType('options', 'object', options);
      }
      return Object.assign(inspectDefaultOptions, options);
    },
  });

  const fg = 39;
  const bg = 49;
  inspect.colors = Object.assign(Object.create(null), {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23],
    underline: [4, 24], blink: [5, 25], inverse: [7, 27], hidden: [8, 28],
    strikethrough: [9, 29], doubleunderline: [21, 24],
    black: [30, fg], red: [31, fg], green: [32, fg], yellow: [33, fg],
    blue: [34, fg], magenta: [35, fg], cyan: [36, fg], white: [37, fg],
    bgBlack: [40, bg], bgRed: [41, bg], bgGreen: [42, bg], bgYellow: [43, bg],
    bgBlue: [44, bg], bgMagenta: [45, bg], bgCyan: [46, bg], bgWhite: [47, bg],
    framed: [51, 54], overlined: [53, 55],
    gray: [90, fg], redBright: [91, fg], greenBright: [92, fg],
    yellowBright: [93, fg], blueBright: [94, fg], magentaBright: [95, fg],
    cyanBright: [96, fg], whiteBright: [97, fg],
    bgGray: [100, bg], bgRedBright: [101, bg], bgGreenBright: [102, bg],
    bgYellowBright: [103, bg], bgBlueBright: [104, bg], bgMagentaBright: [105, bg],
    bgCyanBright: [106, bg], bgWhiteBright: [107, bg],
  });
  for (const [alias, target] of [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
    ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
    ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
    ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
    ['doubleUnderline', 'doubleunderline'],
  ]) {
    Object.defineProperty(inspect.colors, alias, {
      get() { return this[target]; },
      set(v) { this[target] = v; },
      configurable: true,
      enumerable: false,
    });
  }
  inspect.styles = Object.assign(Object.create(null), {
    special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
    undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
    date: 'magenta', regexp: makeRegExpHighlighter(inspect.colors), module: 'underline',
  });

  function stylizeWithColor(str, styleType) {
    const style = inspect.styles[styleType];
    if (style !== undefined) {
      const color = inspect.colors[style];
      if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
      if (typeof style === 'function') return style(str);
    }
    return str;
  }

  function stylizeNoColor(str) {
    return str;
  }

  function invalidArgType(name, type, actual) {
    let received;
    if (actual == null) received = ` Received ${actual}`;
    else if (typeof actual === 'function') received = ` Received function ${actual.name}`;
    else if (typeof actual === 'object') {
      const c = actual.constructor && actual.constructor.name;
      received = c ? ` Received an instance of ${c}` : ` Received ${inspect(actual, { depth: -1 })}`;
    } else {
      let shown = inspect(actual, { colors: false });
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      received = ` Received type ${typeof actual} (${shown})`;
    }
    const err = new TypeError(`The "${name}" argument must be of type ${type}.${received}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
  }

  // ---- strings

  // Escapes for C0/C1 controls, the single quote and the backslash.
  const meta = [];
  for (let i = 0; i < 0xa0; i++) {
    meta.push(i < 0x20 || (i >= 0x7f && i < 0xa0) ? `\\x${i.toString(16).toUpperCase().padStart(2, '0')}` : '');
  }
  meta[8] = '\\b'; meta[9] = '\\t'; meta[10] = '\\n'; meta[12] = '\\f'; meta[13] = '\\r';
  meta[39] = "\\'"; meta[92] = '\\\\';

  // Tests without lookbehind: goja runs lookbehind through a slow engine, and
  // a false positive (a valid surrogate pair) only costs the exact loop below.
  const needsEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
  const needsEscapeSingle = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

  function strEscape(str) {
    let test = needsEscape;
    let quote = 39;
    // Prefer single quotes; fall back to double quotes, then backticks, so
    // that the quote never needs escaping when it can be avoided.
    if (str.includes("'")) {
      if (!str.includes('"')) quote = -1;
      else if (!str.includes('`') && !str.includes('${')) quote = -2;
      if (quote !== 39) test = needsEscapeSingle;
    }
    if (!test.test(str)) return addQuotes(str, quote);
    let result = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const point = str.charCodeAt(i);
      if (point === quote || point === 92 || point < 32 || (point > 126 && point < 160)) {
        result += str.slice(last, i) + meta[point];
        last = i + 1;
      } else if (point >= 0xd800 && point <= 0xdfff) {
        if (point <= 0xdbff && i + 1 < str.length) {
          const next = str.charCodeAt(i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            i++;
            continue;
          }
        }
        result += `${str.slice(last, i)}\\u${point.toString(16)}`;
        last = i + 1;
      }
    }
    if (last !== str.length) result += str.slice(last);
    return addQuotes(result, quote);
  }

  function addQuotes(str, quote) {
    if (quote === -1) return `"${str}"`;
    if (quote === -2) return `\`${str}\``;
    return `'${str}'`;
  }

  // Escapes a key the way Node does for symbol descriptions and hidden keys:
  // every control character, quote and backslash, without adding quotes.
  function escapeKey(str) {
    let out = '';
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c < 160 && meta[c] !== '') out += meta[c];
      else if (c >= 0xd800 && c <= 0xdfff) {
        const n = str.charCodeAt(i + 1);
        if (c <= 0xdbff && n >= 0xdc00 && n <= 0xdfff) {
          out += str[i] + str[i + 1];
          i++;
        } else {
          out += `\\u${c.toString(16)}`;
        }
      } else out += str[i];
    }
    return out;
  }

  const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const numberRegExp = /^(0|[1-9][0-9]*)$/;

  // ---- numbers

  function addNumericSeparator(s) {
    let result = '';
    let i = s.length;
    const start = s[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) result = `_${s.slice(i - 3, i)}${result}`;
    return i === s.length ? s : `${s.slice(0, i)}${result}`;
  }
  function addNumericSeparatorEnd(s) {
    let result = '';
    let i = 0;
    for (; i < s.length - 3; i += 3) result += `${s.slice(i, i + 3)}_`;
    return i === 0 ? s : `${result}${s.slice(i)}`;
  }
  function formatNumber(fn, number, numericSeparator) {
    if (!numericSeparator) {
      if (Object.is(number, -0)) return fn('-0', 'number');
      return fn(`${number}`, 'number');
    }
    const integer = Math.trunc(number);
    const string = String(integer);
    if (integer === number) {
      if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
      return fn(addNumericSeparator(string), 'number');
    }
    if (Number.isNaN(number)) return fn(string, 'number');
    return fn(`${addNumericSeparator(string)}.${addNumericSeparatorEnd(String(number).slice(string.length + 1))}`, 'number');
  }
  function formatBigInt(fn, bigint, numericSeparator) {
    const s = String(bigint);
    return fn(numericSeparator ? `${addNumericSeparator(s)}n` : `${s}n`, 'bigint');
  }

  const remainingText = (n) => `... ${n} more item${n > 1 ? 's' : ''}`;

  function formatPrimitive(fn, value, ctx) {
    if (typeof value === 'string') {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Long strings are split after each newline, one quoted piece per line.
        const lines = [];
        let start = 0;
        for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', start)) {
          lines.push(value.slice(start, i + 1));
          start = i + 1;
        }
        if (start < value.length || lines.length === 0) lines.push(value.slice(start));
        return lines.map((line) => fn(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
    if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
    if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
    if (typeof value === 'undefined') return fn('undefined', 'undefined');
    return fn(Symbol.prototype.toString.call(value), 'symbol');
  }

  // ---- the walk

  function getUserOptions(ctx) {
    const ret = { stylize: ctx.stylize };
    for (const k of optionNames) ret[k] = ctx[k];
    return Object.assign(ret, ctx.userOptions);
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');

    const context = value;
    // Proxies are looked through without running a single trap.
    const proxy = internal.proxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
      value = proxy[0];
    }

    if (ctx.customInspect) {
      const maybeCustom = value[customInspectSymbol];
      if (typeof maybeCustom === 'function' && maybeCustom !== inspect) {
        const ctorDesc = getDesc(value, 'constructor');
        // Skip prototype objects: their custom inspect is meant for instances.
        if (!(ctorDesc && ctorDesc.value && ctorDesc.value.prototype === value)) {
          const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
          const ret = maybeCustom.call(context, depth, getUserOptions(ctx), inspect);
          if (ret !== context) {
            if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
            return ret.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
          }
        }
      }
    }

    if (ctx.seen.includes(value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return ctx.stylize(`[Circular *${index}]`, 'special');
    }
    if (proxy !== undefined) {
      // Node 26 marks a proxy around its target's output: Proxy({ a: 1 }).
      return `${ctx.stylize('Proxy(', 'special')}${formatRaw(ctx, value, recurseTimes, typedArray)}${ctx.stylize(')', 'special')}`;
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function formatProxy(ctx, proxy, recurseTimes) {
    if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
  }

  const wellKnownPrototypes = new Map([
    [Array.prototype, ['Array', Array]],
    [ArrayBuffer.prototype, ['ArrayBuffer', ArrayBuffer]],
    [Function.prototype, ['Function', Function]],
    [Map.prototype, ['Map', Map]],
    [ObjectProto, ['Object', Object]],
    [Set.prototype, ['Set', Set]],
    [TypedArrayProto, ['TypedArray', TypedArrayProto.constructor]],
    [RegExp.prototype, ['RegExp', RegExp]],
    [Date.prototype, ['Date', Date]],
    [DataView.prototype, ['DataView', DataView]],
    [Error.prototype, ['Error', Error]],
    [AggregateError.prototype, ['AggregateError', AggregateError]],
    [RangeError.prototype, ['RangeError', RangeError]],
    [TypeError.prototype, ['TypeError', TypeError]],
    [Boolean.prototype, ['Boolean', Boolean]],
    [Number.prototype, ['Number', Number]],
    [String.prototype, ['String', String]],
    [Promise.prototype, ['Promise', Promise]],
    [WeakMap.prototype, ['WeakMap', WeakMap]],
    [WeakSet.prototype, ['WeakSet', WeakSet]],
  ]);

  function isInstanceof(obj, ctor) {
    try {
      return obj instanceof ctor;
    } catch {
      return false;
    }
  }

  function internalConstructorName(v) {
    if (typeof v === 'function') return 'Function';
    if (Array.isArray(v)) return 'Array';
    const cls = internal.className(v);
    return cls === 'Arguments' ? 'Object' : cls;
  }

  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    let firstProto;
    const tmp = obj;
    while (obj) {
      const known = wellKnownPrototypes.get(obj);
      if (known !== undefined && isInstanceof(tmp, known[1])) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return known[0];
      }
      const descriptor = getDesc(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return String(descriptor.value.name);
      }
      obj = getProto(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;
    const res = internalConstructorName(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      return `${res} <${inspect(firstProto, Object.assign({}, ctx, { customInspect: false, depth: -1 }))}>`;
    }
    return `${res} <${protoConstr}>`;
  }

  // With showHidden, user-defined non-function prototype properties are shown
  // next to the own ones (up to three prototype levels).
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let depth = 0;
    let keys;
    let keySet;
    do {
      if (depth !== 0 || main === obj) {
        obj = getProto(obj);
        if (obj === null) return;
        const descriptor = getDesc(obj, 'constructor');
        if (descriptor !== undefined && typeof descriptor.value === 'function' &&
            builtInObjects.has(descriptor.value.name)) {
          return;
        }
      }
      if (depth === 0) keySet = new Set();
      else for (const k of keys) keySet.add(k);
      keys = Reflect.ownKeys(obj);
      ctx.seen.push(main);
      for (const key of keys) {
        if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
        const desc = getDesc(obj, key);
        if (typeof desc.value === 'function') continue;
        const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
        output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
      }
      ctx.seen.pop();
    } while (++depth !== 3);
  }

  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
    return `${constructor}${size} `;
  }

  function getKeys(value, showHidden) {
    const symbols = Object.getOwnPropertySymbols(value);
    let keys;
    if (showHidden) {
      keys = Object.getOwnPropertyNames(value);
      if (typeof value === 'function') keys = v8FunctionKeyOrder(keys);
      if (symbols.length !== 0) keys.push(...symbols);
    } else {
      // A namespace's keys are all enumerable; Object.keys would read a
      // binding in its dead zone and throw, as V8's does.
      keys = isModuleNamespaceObject(value) ? Object.getOwnPropertyNames(value) : Object.keys(value);
      for (const s of symbols) if (isEnumerable(value, s)) keys.push(s);
    }
    return keys;
  }

  // goja creates a function's `prototype` before `length` and `name`; V8
  // (and so Node's output) lists length, name, prototype, then the rest.
  function v8FunctionKeyOrder(keys) {
    const head = ['length', 'name', 'prototype'].filter((k) => keys.includes(k));
    return head.concat(keys.filter((k) => !head.includes(k)));
  }

  // Own keys that are not array indices (arrays and typed arrays show their
  // elements separately).
  // Past these lengths, the extra (non-index) properties of an array or a
  // typed array are not looked for: goja can only list them after all the
  // index keys, and listing ten million of them to print a Buffer would
  // take seconds. Node shows such extras at any length (a listed gap).
  const kMaxArrayKeyScan = 100000;
  const kMaxTypedArrayKeyScan = 10000;

  // The index keys are skipped in Go, which is far quicker than a filter
  // in JS.
  function getOwnNonIndexProperties(value, showHidden, length, limit) {
    if (length > limit) return showHidden && Array.isArray(value) ? ['length'] : [];
    const out = internal.nonIndexKeys(value, showHidden);
    // A match array: goja defines input before index, V8 index first.
    const input = out.indexOf('input');
    if (input !== -1 && out[input + 1] === 'index') {
      out[input] = 'index';
      out[input + 1] = 'input';
    }
    for (const s of Object.getOwnPropertySymbols(value)) {
      if (showHidden || isEnumerable(value, s)) out.push(s);
    }
    return out;
  }

  function getCtxStyle(value, constructor, tag) {
    let fallback = '';
    if (constructor === null) {
      fallback = internalConstructorName(value);
      if (fallback === tag) fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    let protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

    let tag = value[Symbol.toStringTag];
    // The tag is shown only when it is not already printed as a property.
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
      tag = '';
    }
    let base = '';
    let formatter = () => [];
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;
    let internalKeys;

    if (Symbol.iterator in value || constructor === null) {
      noIterator = false;
      if (Array.isArray(value)) {
        const prefix = (constructor !== 'Array' || tag !== '')
          ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
        keys = getOwnNonIndexProperties(value, ctx.showHidden, value.length, kMaxArrayKeyScan);
        braces = [`${prefix}[`, ']'];
        if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (isSet(value)) {
        const size = setSize.call(value);
        const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        formatter = (c, v, r) => formatSet(value, c, r);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (isMap(value)) {
        const size = mapSize.call(value);
        const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        formatter = (c, v, r) => formatMap(value, c, r);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (isTypedArray(value)) {
        const size = typedArrayLength.call(value);
        keys = getOwnNonIndexProperties(value, ctx.showHidden, size, kMaxTypedArrayKeyScan);
        let fallback = '';
        if (constructor === null) fallback = typedArrayName(value);
        // Node prints a Buffer through its inspect.custom method, which
        // customInspect: false turns off.
        if (ctx.customInspect && constructor !== null && isBufferLike(value, constructor)) {
          return formatBuffer(ctx, value, recurseTimes, keys);
        }
        const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
        braces = [`${prefix}[`, ']'];
        if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
        formatter = (c, v, r) => formatTypedArray(value, size, c, r);
        extrasType = kArrayExtrasType;
      } else if (isMapIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces('Map', tag);
        formatter = (c, v, r) => formatIterator(c, v, r, braces);
      } else if (isSetIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces('Set', tag);
        formatter = (c, v, r) => formatIterator(c, v, r, braces);
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = getFunctionBase(ctx, value, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
      } else if (constructor === 'Object') {
        if (isArgumentsObject(value)) braces[0] = '[Arguments] {';
        else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
        if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
      } else if (isRegExp(value)) {
        base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = `${prefix}${base}`;
        if ((keys.length === 0 && protoProps === undefined) ||
            (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return ctx.stylize(base, 'regexp');
        }
      } else if (isDate(value)) {
        base = Number.isNaN(Date.prototype.getTime.call(value))
          ? Date.prototype.toString.call(value)
          : Date.prototype.toISOString.call(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = `${prefix}${base}`;
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
      } else if (isError(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isArrayBuffer(value)) {
        const prefix = getPrefix(constructor, tag, 'ArrayBuffer');
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && protoProps === undefined) {
          return `${prefix}{ ${ctx.stylize('[byteLength]', 'string')}: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
        }
        braces[0] = `${prefix}{`;
        internalKeys = ['byteLength'];
      } else if (isDataView(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
        internalKeys = ['byteLength', 'byteOffset', 'buffer'];
      } else if (isPromise(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
        formatter = formatPromise;
      } else if (isWeakSet(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
        formatter = formatWeakCollection;
      } else if (isWeakMap(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
        formatter = formatWeakCollection;
      } else if (isModuleNamespaceObject(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
        formatter = (c, v, r) => formatNamespaceObject(keys, c, v, r);
      } else if (isBoxedPrimitive(value)) {
        base = getBoxedBase(value, ctx, keys, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
        base = value.href;
        if (keys.length === 0 && protoProps === undefined) return base;
      } else {
        if (keys.length === 0 && protoProps === undefined) return `${getCtxStyle(value, constructor, tag)}{}`;
        braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
      if (constructor !== null) constructorName = `[${constructorName}]`;
      return ctx.stylize(constructorName, 'special');
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    const indentationLvl = ctx.indentationLvl;
    try {
      output = formatter(ctx, value, recurseTimes);
      if (internalKeys !== undefined) {
        for (const key of internalKeys) {
          output.push(formatProperty(ctx, value, recurseTimes, key, kInternalType, { value: value[key] }));
        }
      }
      for (let i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
      if (protoProps !== undefined) output.push(...protoProps);
    } catch (err) {
      if (!(err instanceof RangeError) || !/call stack/i.test(err.message)) throw err;
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      const name = getCtxStyle(value, constructor, tag).slice(0, -1);
      return ctx.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = ctx.stylize(`<ref *${index}>`, 'special');
        if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
        else braces[0] = `${reference} ${braces[0]}`;
      }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        output.sort(comparator);
      } else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(comparator);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }

    const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    const newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    // Past ~128 MiB of output, stop descending: the string would soon exceed
    // what the engine can hold and the loop would be blocked for long.
    if (newLength > 2 ** 27) ctx.depth = -1;
    return res;
  }

  function isURL(value) {
    return typeof value.href === 'string' && typeof URL === 'function' && isInstanceof(value, URL);
  }

  // Buffer is a Uint8Array subclass named Buffer; Node prints it with its own
  // inspect method: <Buffer 68 69>. Ours is recognised by the constructor
  // name so that mod_buffer does not need to know about inspect.
  function isBufferLike(value, constructor) {
    return constructor === 'Buffer' && typedArrayName(value) === 'Uint8Array' &&
      typeof value.constructor === 'function' && value.constructor.name === 'Buffer';
  }

  function formatBuffer(ctx, value, recurseTimes, keys) {
    const max = 50; // buffer.INSPECT_MAX_BYTES
    const n = Math.min(max, value.length);
    let str = '';
    for (let i = 0; i < n; i++) str += (i ? ' ' : '') + (value[i] < 16 ? '0' : '') + value[i].toString(16);
    const remaining = value.length - max;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (keys.length !== 0) {
      // Extra properties print as the entries of a compact null-prototype
      // object, without its "[Object: null prototype] {" and " }".
      const obj = Object.create(null);
      for (const k of keys) obj[k] = value[k];
      const opts = getUserOptions(ctx);
      opts.depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      opts.breakLength = Infinity;
      opts.compact = true;
      if (value.length !== 0) str += ', ';
      str += inspect(obj, opts).slice(27, -2);
    }
    return `<${value.constructor.name} ${str}>`;
  }

  function getIteratorBraces(type, tag) {
    if (tag !== `${type} Iterator`) {
      if (tag !== '') tag += '] [';
      tag += `${type} Iterator`;
    }
    return [`[${tag}] {`, '}'];
  }

  const formatIterator = makeIteratorFormatter({ formatValue, reduceToSingleString, remainingText, kArrayExtrasType });

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let fn;
    let type;
    if (isNumberObject(value)) {
      fn = Number.prototype.valueOf;
      type = 'Number';
    } else if (isStringObject(value)) {
      fn = String.prototype.valueOf;
      type = 'String';
      // The indexed characters would only repeat the string.
      keys.splice(0, value.length);
    } else if (isBooleanObject(value)) {
      fn = Boolean.prototype.valueOf;
      type = 'Boolean';
    } else if (isBigIntObject(value)) {
      fn = BigInt.prototype.valueOf;
      type = 'BigInt';
    } else {
      fn = Symbol.prototype.valueOf;
      type = 'Symbol';
    }
    let base = `[${type}`;
    if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
    base += `: ${formatPrimitive(stylizeNoColor, fn.call(value), ctx)}]`;
    if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
  }

  function getClassBase(value, constructor, tag) {
    const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = getProto(value).name;
      if (superName) base += ` extends ${superName}`;
    } else {
      base += ' extends [null prototype]';
    }
    return `[${base}]`;
  }

  const classRegExp = /^(\s+[^(]*?)\s*{/;
  const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

  function getFunctionBase(ctx, value, constructor, tag) {
    const stringified = Function.prototype.toString.call(value);
    if (stringified.startsWith('class') && stringified.endsWith('}')) {
      const slice = stringified.slice(5, -1);
      const bracketIndex = slice.indexOf('{');
      if (bracketIndex !== -1 &&
          (!slice.slice(0, bracketIndex).includes('(') ||
           classRegExp.test(slice.replace(stripCommentsRegExp, '')))) {
        return getClassBase(value, constructor, tag);
      }
    }
    let type = 'Function';
    if (isGeneratorFunction(value)) type = `Generator${type}`;
    if (isAsyncFunction(value)) type = `Async${type}`;
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') base += ' (anonymous)';
    else base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name)}`;
    base += ']';
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  // ---- errors

  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = Math.min(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  function getStackString(ctx, error) {
    if (error.stack) {
      // goja writes "\tat f (file:1:2(pc))"; Node's frames are "    at f (file:1:2)".
      if (typeof error.stack === 'string') return internal.nodeStack(error.stack.replace(/\n+$/, ''));
      // A non-string stack is shown under the error's own description.
      ctx.indentationLvl += 4;
      const shown = formatValue(ctx, error.stack);
      ctx.indentationLvl -= 4;
      return `${Error.prototype.toString.call(error)}\n    ${shown}`;
    }
    return Error.prototype.toString.call(error);
  }

  function getStackFrames(ctx, err, stack) {
    const frames = stack.split('\n');
    let cause;
    try {
      cause = err.cause;
    } catch {
      // A throwing cause getter is ignored, as in Node.
    }
    // Frames shared with the cause's stack are collapsed into one line.
    if (cause != null && isError(cause)) {
      const causeStack = getStackString(ctx, cause);
      const causeStackStart = causeStack.indexOf('\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
        const { len, offset } = identicalSequenceRange(frames, causeFrames);
        if (len > 0) {
          const skipped = len - 2;
          const msg = `    ... ${skipped} lines matching cause stack trace ...`;
          frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
        }
      }
    }
    return frames;
  }

  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (typeof name !== 'string') {
      stack = stack.replace(`${name}`, `${name} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`);
    }
    if (constructor === null ||
        (name.endsWith('Error') && stack.startsWith(name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
          /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix) {
        if (prefix.includes(name)) {
          stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
        } else {
          stack = `${prefix} [${name}]${stack.slice(len)}`;
        }
      }
    }
    return stack;
  }

  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
      for (const name of ['name', 'message', 'stack']) {
        const index = keys.indexOf(name);
        if (index !== -1 && (typeof err[name] !== 'string' || stack.includes(err[name]))) {
          keys.splice(index, 1);
        }
      }
    }
  }

  function formatError(err, constructor, tag, ctx, keys) {
    const name = err.name != null ? err.name : 'Error';
    let stack = getStackString(ctx, err);
    removeDuplicateErrorKeys(ctx, keys, err, stack);
    if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
    if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
    stack = improveStack(stack, constructor, name, tag);

    let pos = (err.message && stack.indexOf(err.message)) || -1;
    if (pos !== -1) pos += err.message.length;
    const stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
      stack = `[${stack}]`;
    } else {
      let newStack = stack.slice(0, stackStart);
      const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
      if (ctx.colors) {
        for (const line of lines) {
          newStack += '\n';
          newStack += /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/.test(line)
            ? ctx.stylize(line, 'undefined') : markNodeModules(ctx, line);
        }
      } else {
        newStack += `\n${lines.join('\n')}`;
      }
      stack = newStack;
    }
    if (ctx.indentationLvl !== 0) {
      stack = stack.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
    }
    return stack;
  }

  function markNodeModules(ctx, line) {
    const re = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;
    let out = '';
    let pos = 0;
    let m;
    while ((m = re.exec(line)) !== null) {
      out += line.slice(pos, m.index + 14) + ctx.stylize(m[1], 'module');
      pos = m.index + m[0].length;
    }
    return pos === 0 ? line : out + line.slice(pos);
  }

  // ---- collections

  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    // The "... more items" entry does not take part in the columns.
    if (ctx.maxArrayLength < output.length) outputLength--;
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = getStringWidth(output[i], ctx.colors);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineMaxLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        maxLineLength.push(lineMaxLength + separatorSpace);
      }
      // Numbers are right-aligned, everything else left-aligned.
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
            padStart = false;
            break;
          }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = '';
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
        }
        if (padStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, ' ');
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  // Sparse arrays: runs of holes become "<N empty items>". The next element
  // is found by probing indices (Object.keys would list every index of a
  // big array); after a very long run of holes the keys are listed instead.
  const kMaxHoleProbe = 100000;

  function nextPresentIndex(value, from, len) {
    for (let j = from, probes = 0; j < len; j++, probes++) {
      if (hasOwn(value, j)) return j;
      if (probes === kMaxHoleProbe) return -1;
    }
    return len;
  }

  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const len = value.length;
    let index = i;
    let keys;
    let k = 0;
    while (output.length < maxLength) {
      let next;
      if (keys === undefined) {
        next = nextPresentIndex(value, index, len);
        if (next === -1) {
          keys = Object.keys(value);
          while (k < keys.length && numberRegExp.test(keys[k]) && +keys[k] < index) k++;
        }
      }
      if (keys !== undefined) {
        const key = keys[k++];
        next = key !== undefined && numberRegExp.test(key) && +key <= 2 ** 32 - 2 ? +key : len;
      }
      if (next >= len) break;
      if (next !== index) {
        const emptyItems = next - index;
        output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
        index = next;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, index, kArrayType));
      index++;
    }
    const remaining = len - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
      }
    } else if (remaining > 0) {
      output.push(remainingText(remaining));
    }
    return output;
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    const remaining = valLen - len;
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    let bytes;
    try {
      bytes = new Uint8Array(value);
    } catch {
      return [ctx.stylize('(detached)', 'special')];
    }
    const n = Math.min(ctx.maxArrayLength, bytes.length);
    const hex = [];
    for (let i = 0; i < n; i++) hex.push((bytes[i] < 16 ? '0' : '') + bytes[i].toString(16));
    let str = hex.join(' ');
    const remaining = bytes.length - ctx.maxArrayLength;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
  }

  function formatTypedArray(value, length, ctx, recurseTimes) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = value.length - maxLength;
    const output = new Array(maxLength);
    const elementFormatter = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
    for (let i = 0; i < maxLength; ++i) output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
    if (remaining > 0) output[maxLength] = remainingText(remaining);
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
        output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatSet(value, ctx, recurseTimes) {
    const length = setSize.call(value);
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const v of Set.prototype.values.call(value)) {
      if (i >= maxLength) break;
      output.push(formatValue(ctx, v, recurseTimes));
      i++;
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(value, ctx, recurseTimes) {
    const length = mapSize.call(value);
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const [k, v] of Map.prototype.entries.call(value)) {
      if (i >= maxLength) break;
      output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
      i++;
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  // Exports print with their values, even when the loader implements live
  // bindings as getters; a binding still in its temporal dead zone prints
  // as <uninitialized>, as in Node.
  function formatNamespaceObject(keys, ctx, value, recurseTimes) {
    const output = [];
    for (const key of keys) {
      let v;
      try {
        v = value[key];
      } catch (err) {
        if (!(err instanceof ReferenceError)) throw err;
        const tmp = formatProperty(ctx, { [key]: '' }, recurseTimes, key, kObjectType);
        output.push(tmp.slice(0, tmp.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special'));
        continue;
      }
      // Exports are enumerable; @@toStringTag (showHidden) is not.
      output.push(formatProperty(ctx, value, recurseTimes, key, kObjectType, { value: v, enumerable: typeof key === 'string' }));
    }
    // The keys are done: formatRaw must not list them again.
    keys.length = 0;
    return output;
  }

  // goja cannot list a WeakMap/WeakSet's entries, so showHidden changes
  // nothing here (Node would preview them).
  function formatWeakCollection(ctx) {
    return [ctx.stylize('<items unknown>', 'special')];
  }

  function formatPromise(ctx, value, recurseTimes) {
    const [state, result] = internal.promiseDetails(value);
    if (state === 0) return [ctx.stylize('<pending>', 'special')];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, result, recurseTimes);
    ctx.indentationLvl -= 2;
    return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
    let name;
    let str;
    let extra = ' ';
    desc = desc || getDesc(value, key) || { value: value[key], enumerable: true };
    if (key === 'stack' && typeof desc.value === 'string' && isNativeError(value)) {
      // V8 keeps an error's stack in an own accessor; goja in a data
      // property. Show it as Node does.
      const stack = desc.value;
      desc = { get: () => stack, set: () => {}, enumerable: desc.enumerable };
    }
    if (desc.value !== undefined) {
      const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
        extra = `\n${' '.repeat(ctx.indentationLvl)}`;
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      const s = ctx.stylize;
      const sp = 'special';
      if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          const tmp = desc.get.call(original);
          ctx.indentationLvl += 2;
          if (tmp === null) str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
          else if (typeof tmp === 'object') str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
          else str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
          ctx.indentationLvl -= 2;
        } catch (err) {
          ctx.indentationLvl += 2;
          const thrown = formatValue(ctx, err, recurseTimes);
          ctx.indentationLvl -= 2;
          str = `${s(`[${label}:`, sp)} <Inspection threw (${thrown})>${s(']', sp)}`;
        }
      } else {
        str = ctx.stylize(`[${label}]`, sp);
      }
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    if (typeof key === 'symbol') {
      // Node 26 brackets only hidden symbol keys, like hidden string keys.
      const sym = ctx.stylize(escapeKey(Symbol.prototype.toString.call(key)), 'symbol');
      name = desc.enumerable === false ? `[${sym}]` : sym;
    } else if (type === kInternalType) {
      name = ctx.stylize(`[${key}]`, 'string');
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = `[${escapeKey(key)}]`;
    } else if (keyStrRegExp.test(key)) {
      name = ctx.stylize(key, 'name');
    } else {
      name = ctx.stylize(strEscape(key), 'string');
    }
    return `${name}:${extra}${str}`;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || !base.includes('\n');
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        // Combine the innermost `compact` levels on one line when they fit
        // (the 10 leaves room for what follows on the same line).
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = output.join(', ');
            if (!joined.includes('\n')) {
              return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
            }
          }
        }
      }
      const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
    }
    const indentation = ' '.repeat(ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
    return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
  }

  // ---- string width

  const ansi = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
    '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
    '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
    '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

  function stripVTControlCharacters(str) {
    if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
    return str.replace(ansi, '');
  }
  const removeColors = (str) => {
    str = String(str);
    return str.includes('\u001b') || str.includes('\u009b') ? str.replace(ansi, '') : str;
  };

  // Columns a string takes on a terminal: ASCII here, the rest in Go with
  // the East Asian Width data Node gets from ICU (stringWidth, inspect.go).
  function getStringWidth(str, removeControlChars = true) {
    if (removeControlChars) str = removeColors(str);
    let width = 0;
    for (let i = 0; i < str.length; i++) {
      const code = str.charCodeAt(i);
      if (code >= 127) return width + internal.stringWidth(str.slice(i));
      if (code >= 32) width++;
    }
    return width;
  }

  return {
    inspect,
    invalidArgType,
    stripVTControlCharacters,
    getStringWidth,
    isError,
    types: {
      isAsyncFunction, isGeneratorFunction, isArgumentsObject, isArrayBuffer,
      isAnyArrayBuffer: isArrayBuffer, isBoxedPrimitive, isDataView, isDate,
      isMap, isMapIterator, isModuleNamespaceObject, isNativeError, isPromise, isProxy, isRegExp, isSet,
      isSetIterator, isTypedArray, isUint8Array, isWeakMap, isWeakSet,
      isNumberObject, isStringObject, isBooleanObject, isBigIntObject,
      isSymbolObject, typedArrayName,
    },
    // For js/inspect_format.js, not for users.
    internals: { formatNumber, formatBigInt, stylizeNoColor, inspectDefaultOptions, builtInObjects },
  };
})
