// util.format and util.formatWithOptions: printf-style directives, then
// the remaining arguments inspected (strings as they are). `core` is the
// exports of js/inspect.js.
(function (internal, core) {
  'use strict';

  const { inspect, invalidArgType } = core;
  const { formatNumber, formatBigInt, stylizeNoColor, inspectDefaultOptions, builtInObjects } = core.internals;
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const getProto = Object.getPrototypeOf;
  const getDesc = Object.getOwnPropertyDescriptor;

  function hasBuiltInToString(value) {
    const proxy = internal.proxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy[0] === null) return true;
      value = proxy[0];
    }
    let checkToString = true;
    let checkToPrimitive = true;
    if (typeof value.toString !== 'function') {
      if (typeof value[Symbol.toPrimitive] !== 'function') return true;
      if (hasOwn(value, Symbol.toPrimitive)) return false;
      checkToString = false;
    } else if (hasOwn(value, 'toString')) {
      return false;
    } else if (typeof value[Symbol.toPrimitive] !== 'function') {
      checkToPrimitive = false;
    } else if (hasOwn(value, Symbol.toPrimitive)) {
      return false;
    }
    let pointer = value;
    do {
      pointer = getProto(pointer);
    } while (!(checkToString && hasOwn(pointer, 'toString')) &&
             !(checkToPrimitive && hasOwn(pointer, Symbol.toPrimitive)));
    const descriptor = getDesc(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' &&
      builtInObjects.has(descriptor.value.name);
  }

  function tryStringify(arg) {
    try {
      return JSON.stringify(arg);
    } catch (err) {
      if (err instanceof TypeError && /circular/i.test(err.message)) return '[Circular]';
      throw err;
    }
  }

  function format(...args) {
    return formatWithOptionsInternal(undefined, args);
  }

  function formatWithOptions(inspectOptions, ...args) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw invalidArgType('inspectOptions', 'object', inspectOptions);
    }
    return formatWithOptionsInternal(inspectOptions, args);
  }

  function numericSeparatorOf(options) {
    return options && options.numericSeparator != null
      ? options.numericSeparator : inspectDefaultOptions.numericSeparator;
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      const sep = numericSeparatorOf(inspectOptions);
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue; // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const arg = args[++a];
              if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg, sep);
              else if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, sep);
              else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
              else tempStr = inspect(arg, Object.assign({}, inspectOptions, { compact: 3, colors: false, depth: 0 }));
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const n = args[++a];
              if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, sep);
              else if (typeof n === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, Number(n), sep);
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], Object.assign({}, inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
              break;
            case 105: { // 'i'
              const n = args[++a];
              if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, sep);
              else if (typeof n === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, parseInt(n), sep);
              break;
            }
            case 102: { // 'f'
              const n = args[++a];
              tempStr = typeof n === 'symbol' ? 'NaN' : formatNumber(stylizeNoColor, parseFloat(n), sep);
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      const value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  return { format, formatWithOptions };
})
