// URL and URLSearchParams (node:url's other functions are in
// js/url_module.js, loaded only by require('url')). A URL keeps its
// components as the Go parser (mod_url_parse.go) returns them, [href,
// origin, protocol, username, password, host, hostname, port, pathname,
// search, hash]; every setter re-runs the parser with the standard's state
// override. The searchParams object is live both ways, as the standard
// requires.
//
// errors: js/events_errors.js; native: urlNatives in mod_url.go.
(function (internal, errors, native) {
  'use strict';

  const { makeError, invalidArgType, validateFunction, validateObject } = errors;

  const HREF = 0; const ORIGIN = 1; const PROTOCOL = 2; const USERNAME = 3; const PASSWORD = 4;
  const HOST = 5; const HOSTNAME = 6; const PORT = 7; const PATHNAME = 8; const SEARCH = 9; const HASH = 10;

  function missingArgs(...names) {
    const q = names.map((n) => `"${n}"`);
    const list = q.length === 1 ? `${q[0]} argument` : `${q.join(' and ')} arguments`;
    return makeError(TypeError, 'ERR_MISSING_ARGS', `The ${list} must be specified`);
  }

  function invalidURL(input, base) {
    const err = makeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
    err.input = input;
    if (base !== undefined) err.base = base;
    return err;
  }

  // toUSV replaces lone surrogates with U+FFFD (WebIDL's USVString).
  function toUSV(v) {
    const s = `${v}`;
    let out = null;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xD800 || c > 0xDFFF) continue;
      if (c <= 0xDBFF && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          i++;
          continue;
        }
      }
      if (out === null) out = s.split('');
      out[i] = '\uFFFD';
    }
    return out === null ? s : out.join('');
  }

  // ---- URLSearchParams ----

  const kList = Symbol('query');
  const kURL = Symbol('context');

  function paramsOf(that) {
    if (that == null || typeof that !== 'object' || !(kList in that)) {
      throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParams');
    }
    return that;
  }

  function parseInto(list, query) {
    const flat = native.formParse(query);
    list.length = 0;
    for (let i = 0; i < flat.length; i += 2) list.push([flat[i], flat[i + 1]]);
  }

  function serializeList(list) {
    return native.formSerialize(list.flat());
  }

  // update pushes a change of the list into the URL it belongs to.
  function update(params) {
    const url = params[kURL];
    if (url !== null) setComponents(url, native.set(url.href, 'query', serializeList(params[kList])), false);
  }

  class URLSearchParams {
    constructor(init = undefined) {
      Object.defineProperty(this, kList, { value: [], writable: true });
      Object.defineProperty(this, kURL, { value: null, writable: true });
      const list = this[kList];
      if (init === undefined) return;
      if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
        const method = init[Symbol.iterator];
        if (init instanceof URLSearchParams && method === URLSearchParams.prototype[Symbol.iterator]) {
          for (const [k, v] of init[kList]) list.push([k, v]);
        } else if (typeof method === 'function') {
          for (const pair of init) {
            if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
                typeof pair[Symbol.iterator] !== 'function') {
              throw makeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
            }
            const items = [...pair];
            if (items.length !== 2) {
              throw makeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
            }
            list.push([toUSV(items[0]), toUSV(items[1])]);
          }
        } else if (method != null) {
          throw makeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        } else {
          for (const key of Reflect.ownKeys(init)) {
            if (!Object.prototype.propertyIsEnumerable.call(init, key)) continue;
            list.push([toUSV(key), toUSV(init[key])]);
          }
        }
        return;
      }
      let s = toUSV(init);
      if (s[0] === '?') s = s.slice(1);
      parseInto(list, s);
    }

    get size() { return paramsOf(this)[kList].length; }

    append(name, value) {
      paramsOf(this);
      if (arguments.length < 2) throw missingArgs('name', 'value');
      this[kList].push([toUSV(name), toUSV(value)]);
      update(this);
    }

    delete(name, value = undefined) {
      paramsOf(this);
      if (arguments.length < 1) throw missingArgs('name');
      name = toUSV(name);
      if (value !== undefined) {
        value = toUSV(value);
        this[kList] = this[kList].filter(([k, v]) => !(k === name && v === value));
      } else {
        this[kList] = this[kList].filter(([k]) => k !== name);
      }
      update(this);
    }

    get(name) {
      paramsOf(this);
      if (arguments.length < 1) throw missingArgs('name');
      name = toUSV(name);
      const pair = this[kList].find(([k]) => k === name);
      return pair === undefined ? null : pair[1];
    }

    getAll(name) {
      paramsOf(this);
      if (arguments.length < 1) throw missingArgs('name');
      name = toUSV(name);
      return this[kList].filter(([k]) => k === name).map(([, v]) => v);
    }

    has(name, value = undefined) {
      paramsOf(this);
      if (arguments.length < 1) throw missingArgs('name');
      name = toUSV(name);
      if (value !== undefined) {
        value = toUSV(value);
        return this[kList].some(([k, v]) => k === name && v === value);
      }
      return this[kList].some(([k]) => k === name);
    }

    set(name, value) {
      paramsOf(this);
      if (arguments.length < 2) throw missingArgs('name', 'value');
      name = toUSV(name);
      value = toUSV(value);
      const list = this[kList];
      const first = list.findIndex(([k]) => k === name);
      if (first === -1) {
        list.push([name, value]);
      } else {
        list[first][1] = value;
        this[kList] = list.filter(([k], i) => i <= first || k !== name);
      }
      update(this);
    }

    sort() {
      paramsOf(this);
      // Stable, by UTF-16 code units (what < compares).
      const indexed = this[kList].map((pair, i) => [pair, i]);
      indexed.sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
      this[kList] = indexed.map(([pair]) => pair);
      update(this);
    }

    entries() { return new ParamsIterator(paramsOf(this), 'key+value'); }

    forEach(callback, thisArg = undefined) {
      paramsOf(this);
      validateFunction(callback, 'callback');
      // The list may change under the callback: index it live.
      for (let i = 0; i < this[kList].length; i++) {
        const [k, v] = this[kList][i];
        callback.call(thisArg, v, k, this);
      }
    }

    keys() { return new ParamsIterator(paramsOf(this), 'key'); }
    values() { return new ParamsIterator(paramsOf(this), 'value'); }

    toString() { return serializeList(paramsOf(this)[kList]); }
  }
  for (const key of Object.getOwnPropertyNames(URLSearchParams.prototype)) {
    if (key !== 'constructor') Object.defineProperty(URLSearchParams.prototype, key, { enumerable: true });
  }
  // util.inspect output, as Node's custom inspectors build it.
  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  const removeColors = (str) => str.replace(/\u001b\[\d\d?m/g, '');
  const inspectOf = (fn) => (typeof fn === 'function' ? fn : errors.inspect);

  Object.defineProperty(URLSearchParams.prototype, kInspect, {
    value: function (recurseTimes, ctx, inspectFn) {
      paramsOf(this);
      const inspect = inspectOf(inspectFn);
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const separator = ', ';
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const output = this[kList].map(([k, v]) => `${inspect(k, innerOpts)} => ${inspect(v, innerOpts)}`);
      const length = output.reduce((prev, cur) => prev + removeColors(cur).length + separator.length, -separator.length);
      const name = this.constructor.name;
      if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
      if (output.length) return `${name} { ${output.join(separator)} }`;
      return `${name} {}`;
    },
    writable: true, configurable: true,
  });

  Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
    value: URLSearchParams.prototype.entries, writable: true, configurable: true,
  });
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  class ParamsIterator {
    #params;
    #kind;
    #index = 0;
    constructor(params, kind) {
      this.#params = params;
      this.#kind = kind;
    }
    _remaining() {
      const rest = this.#params[kList].slice(this.#index);
      if (this.#kind === 'key') return rest.map(([k]) => k);
      if (this.#kind === 'value') return rest.map(([, v]) => v);
      return rest.map(([k, v]) => [k, v]);
    }
    next() {
      const list = this.#params[kList];
      if (this.#index >= list.length) return { done: true, value: undefined };
      const [k, v] = list[this.#index++];
      const value = this.#kind === 'key' ? k : this.#kind === 'value' ? v : [k, v];
      return { done: false, value };
    }
  }
  Object.setPrototypeOf(ParamsIterator.prototype, IteratorPrototype);
  Object.defineProperty(ParamsIterator.prototype, kInspect, {
    value: function (recurseTimes, ctx, inspectFn) {
      const inspect = inspectOf(inspectFn);
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const output = this._remaining();
      const breakLn = inspect(output, innerOpts).includes('\n');
      const strs = output.map((p) => inspect(p, innerOpts));
      const body = breakLn ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${body} }`;
    },
    writable: true, configurable: true,
  });
  Object.defineProperty(ParamsIterator.prototype, 'next', { enumerable: true });
  Object.defineProperty(ParamsIterator.prototype, '_remaining', { enumerable: false });
  Object.defineProperty(ParamsIterator.prototype, Symbol.toStringTag, { value: 'URLSearchParams Iterator', configurable: true });
  // The constructor is internal, as in Node.
  Object.defineProperty(ParamsIterator.prototype, 'constructor', { value: Object, writable: true, configurable: true });

  // ---- URL ----

  const kComponents = Symbol('components');
  const kParams = Symbol('searchParams');

  function check(that) {
    if (that == null || typeof that !== 'object' || !(kComponents in that)) {
      throw new TypeError('Receiver must be an instance of class URL');
    }
    return that[kComponents];
  }

  // setComponents installs a parser result; fromSetter: the query may have
  // changed outside URLSearchParams, so its list is re-read.
  function setComponents(url, c, fromSetter) {
    if (c === null) return;
    url[kComponents] = c;
    const params = url[kParams];
    if (fromSetter && params) parseInto(params[kList], c[SEARCH].slice(1));
  }

  class URL {
    constructor(input, base = undefined) {
      if (arguments.length === 0) throw missingArgs('url');
      input = toUSV(input);
      if (base !== undefined) base = toUSV(base);
      const c = native.parse(input, base);
      if (c === null) throw invalidURL(input, base);
      Object.defineProperty(this, kComponents, { value: c, writable: true });
      Object.defineProperty(this, kParams, { value: undefined, writable: true });
    }

    toString() { return check(this)[HREF]; }

    get href() { return check(this)[HREF]; }
    set href(value) {
      check(this);
      value = toUSV(value);
      const c = native.parse(value, undefined);
      if (c === null) throw invalidURL(value);
      setComponents(this, c, true);
    }

    get origin() { return check(this)[ORIGIN]; }

    get protocol() { return check(this)[PROTOCOL]; }
    set protocol(v) { setComponents(this, native.set(check(this)[HREF], 'protocol', toUSV(v)), false); }

    get username() { return check(this)[USERNAME]; }
    set username(v) { setComponents(this, native.set(check(this)[HREF], 'username', toUSV(v)), false); }

    get password() { return check(this)[PASSWORD]; }
    set password(v) { setComponents(this, native.set(check(this)[HREF], 'password', toUSV(v)), false); }

    get host() { return check(this)[HOST]; }
    set host(v) { setComponents(this, native.set(check(this)[HREF], 'host', toUSV(v)), false); }

    get hostname() { return check(this)[HOSTNAME]; }
    set hostname(v) { setComponents(this, native.set(check(this)[HREF], 'hostname', toUSV(v)), false); }

    get port() { return check(this)[PORT]; }
    set port(v) { setComponents(this, native.set(check(this)[HREF], 'port', toUSV(v)), false); }

    get pathname() { return check(this)[PATHNAME]; }
    set pathname(v) { setComponents(this, native.set(check(this)[HREF], 'pathname', toUSV(v)), false); }

    get search() { return check(this)[SEARCH]; }
    set search(v) { setComponents(this, native.set(check(this)[HREF], 'search', toUSV(v)), true); }

    get searchParams() {
      check(this);
      if (this[kParams] === undefined) {
        const params = new URLSearchParams(this[kComponents][SEARCH]);
        params[kURL] = this;
        this[kParams] = params;
      }
      return this[kParams];
    }

    get hash() { return check(this)[HASH]; }
    set hash(v) { setComponents(this, native.set(check(this)[HREF], 'hash', toUSV(v)), false); }

    toJSON() { return check(this)[HREF]; }

    static parse(input, base = undefined) {
      if (arguments.length === 0) throw missingArgs('url');
      try {
        return new URL(input, base);
      } catch {
        return null;
      }
    }

    static canParse(input, base = undefined) {
      if (arguments.length === 0) throw missingArgs('url');
      input = toUSV(input);
      if (base !== undefined) base = toUSV(base);
      return native.parse(input, base) !== null;
    }

    static createObjectURL(obj) {
      // There is no Blob registry in tsrun (no Blob yet).
      throw invalidArgType('obj', 'Blob', obj);
    }

    static revokeObjectURL(url) {
      if (arguments.length === 0) throw missingArgs('url');
    }
  }
  for (const key of Object.getOwnPropertyNames(URL.prototype)) {
    if (key !== 'constructor') Object.defineProperty(URL.prototype, key, { enumerable: true });
  }
  for (const key of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
    Object.defineProperty(URL, key, { enumerable: true });
  }
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
  Object.defineProperty(URL.prototype, kInspect, {
    value: function (depth, opts, inspectFn) {
      check(this);
      if (typeof depth === 'number' && depth < 0) return this;
      const obj = {};
      for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
        'search', 'searchParams', 'hash']) {
        obj[key] = this[key];
      }
      const proto = Object.getPrototypeOf(this);
      const name = (proto && proto.constructor && proto.constructor.name) || 'URL';
      return `${name} ${inspectOf(inspectFn)(obj, opts)}`;
    },
    writable: true, configurable: true,
  });

  function isURL(v) {
    return v != null && typeof v === 'object' && kComponents in v;
  }

  return {
    URL, URLSearchParams, isURL, invalidURL,
    // components gives js/url_module.js a URL's parsed parts.
    components: (u) => u[kComponents],
  };
})
