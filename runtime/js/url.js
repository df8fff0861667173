// URL, URLSearchParams and node:url. A URL keeps its components as the Go
// parser (mod_url_parse.go) returns them, [href, origin, protocol,
// username, password, host, hostname, port, pathname, search, hash]; every
// setter re-runs the parser with the standard's state override. The
// searchParams object is live both ways, as the standard requires.
//
// errors: js/events_errors.js; native: urlNatives in mod_url.go; path:
// node:path (for pathToFileURL).
(function (internal, errors, native, path) {
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

  // ---- node:url ----

  function isURL(v) {
    return v != null && typeof v === 'object' && kComponents in v;
  }

  function fileURLToPath(input, options = undefined) {
    const windows = options?.windows ?? false;
    let url = input;
    if (typeof input === 'string') url = new URL(input);
    else if (!isURL(input)) throw invalidArgType('path', ['string', 'URL'], input);
    if (url.protocol !== 'file:') throw makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    const pathname = url.pathname;
    if (windows) {
      if (/%2f|%5c/i.test(pathname)) {
        throw makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded \\ or / characters');
      }
      const p = decodeURIComponent(pathname.replace(/\//g, '\\'));
      const hostname = url.hostname;
      if (hostname !== '') return `\\\\${native.domainToUnicode(hostname)}${p}`;
      const letter = p.charCodeAt(1) | 0x20;
      if (p.length < 3 || letter < 0x61 || letter > 0x7a || p[2] !== ':') {
        throw makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must be absolute');
      }
      return p.slice(1);
    }
    if (url.hostname !== '') {
      throw makeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
    }
    if (/%2f/i.test(pathname)) {
      throw makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    }
    return decodeURIComponent(pathname);
  }

  // The characters the pathname setter would not escape but a file path
  // may contain literally.
  function encodePathChars(p, windows) {
    let out = p.replace(/%/g, '%25');
    if (!windows) out = out.replace(/\\/g, '%5C');
    return out.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  }

  function pathToFileURL(filepath, options = undefined) {
    const windows = options?.windows ?? false;
    if (typeof filepath !== 'string') throw invalidArgType('path', 'string', filepath);
    if (windows && filepath.startsWith('\\\\')) {
      // UNC: \\server\share\path
      const rest = filepath.slice(2);
      const i = rest.indexOf('\\');
      if (i <= 0) {
        throw makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The argument 'path' must be a string or Uint8Array without null bytes. Received ${errors.inspect(filepath)}`);
      }
      const url = new URL('file://');
      url.hostname = rest.slice(0, i);
      url.pathname = encodePathChars(rest.slice(i).replace(/\\/g, '/'), true);
      return url;
    }
    let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
    const sep = windows ? /[\\/]$/ : /\/$/;
    if (sep.test(filepath) && !sep.test(resolved)) resolved += '/';
    if (windows) resolved = '/' + resolved.replace(/\\/g, '/');
    const url = new URL('file://');
    url.pathname = encodePathChars(resolved, windows).replace(/\?/g, '%3F').replace(/#/g, '%23');
    return url;
  }

  function urlToHttpOptions(url) {
    const options = {
      __proto__: null,
      ...url,
      protocol: url.protocol,
      hostname: url.hostname && url.hostname[0] === '[' ? url.hostname.slice(1, -1) : url.hostname,
      hash: url.hash,
      search: url.search,
      pathname: url.pathname,
      path: `${url.pathname || ''}${url.search || ''}`,
      href: url.href,
    };
    if (url.port !== '') options.port = Number(url.port);
    if (url.username || url.password) {
      options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    }
    return options;
  }

  // ---- the legacy API (url.parse, url.format, url.resolve) ----

  const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
    'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

  function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }

  function parseQuery(q) {
    const out = { __proto__: null };
    for (const [k, v] of new URLSearchParams(q)) {
      if (k in out) out[k] = [].concat(out[k], v);
      else out[k] = v;
    }
    return out;
  }

  const hostlessProtocol = new Set(['javascript', 'javascript:']);
  const simplePath = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
  const autoEscape = {
    '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
    '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
  };
  const forbiddenHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
  const forbiddenHostV6 = /[\0\t\n\r #%/<>?@\\^|]/;

  let parseWarned = false;
  // legacyParse is url.parse(), following the steps of Node's lib/url.js:
  // backslashes before the query become slashes, the host ends at the first
  // character a host cannot hold, and unsafe characters are escaped.
  function legacyParse(url, parseQueryString = false, slashesDenoteHost = false) {
    if (!parseWarned) {
      parseWarned = true;
      const proc = globalThis.process;
      if (proc && typeof proc.emitWarning === 'function') {
        proc.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security implications. ' +
          'Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
      }
    }
    if (url instanceof Url) return url;
    if (typeof url !== 'string') throw invalidArgType('url', 'string', url);
    const result = new Url();

    let rest = url.trim();
    // Backslashes before the query or hash are slashes.
    let cut = rest.search(/[?#]/);
    if (cut === -1) cut = rest.length;
    rest = rest.slice(0, cut).replace(/\\/g, '/') + rest.slice(cut);

    if (!slashesDenoteHost && !rest.includes('#')) {
      const simple = simplePath.exec(rest);
      if (simple) {
        result.path = rest;
        result.href = rest;
        result.pathname = simple[1];
        if (simple[2]) {
          result.search = simple[2];
          result.query = parseQueryString ? parseQuery(result.search.slice(1)) : result.search.slice(1);
        } else if (parseQueryString) {
          result.search = null;
          result.query = { __proto__: null };
        }
        return result;
      }
    }

    let lowerProto = '';
    const proto = /^[a-z0-9.+-]+:/i.exec(rest);
    if (proto) {
      lowerProto = proto[0].toLowerCase();
      result.protocol = lowerProto;
      rest = rest.slice(proto[0].length);
    }

    let slashes = false;
    if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
      slashes = rest.startsWith('//');
      if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
        rest = rest.slice(2);
        result.slashes = true;
      }
    }

    if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(lowerProto)))) {
      let hostEnd = -1;
      let atSign = -1;
      let nonHost = -1;
      for (let i = 0; i < rest.length; ++i) {
        const c = rest[i];
        if ('\t\n\r "%\';<>\\^`{|}'.includes(c)) {
          if (nonHost === -1) nonHost = i;
        } else if (c === '#' || c === '/' || c === '?') {
          if (nonHost === -1) nonHost = i;
          hostEnd = i;
          break;
        } else if (c === '@') {
          atSign = i;
          nonHost = -1;
        }
        if (hostEnd !== -1) break;
      }
      let start = 0;
      if (atSign !== -1) {
        result.auth = decodeURIComponent(rest.slice(0, atSign));
        start = atSign + 1;
      }
      let host;
      if (nonHost === -1) {
        host = rest.slice(start);
        rest = '';
      } else {
        host = rest.slice(start, nonHost);
        rest = rest.slice(nonHost);
      }
      const port = /:[0-9]*$/.exec(host);
      if (port) {
        if (port[0] !== ':') result.port = port[0].slice(1);
        host = host.slice(0, host.length - port[0].length);
      }
      let hostname = host || '';
      const ipv6 = hostname[0] === '[' && hostname[hostname.length - 1] === ']';
      if (!ipv6) {
        for (let i = 0; i < hostname.length; ++i) {
          if ('/\\#?:'.includes(hostname[i])) {
            rest = `/${hostname.slice(i)}${rest}`;
            hostname = hostname.slice(0, i);
            break;
          }
        }
      }
      hostname = hostname.length > 255 ? '' : hostname.toLowerCase();
      if (hostname !== '') {
        if (ipv6) {
          if (forbiddenHostV6.test(hostname)) throw invalidURL(url);
        } else {
          hostname = native.toASCII(hostname);
          if (forbiddenHost.test(hostname)) throw invalidURL(url);
        }
      }
      result.hostname = hostname;
      result.host = hostname + (result.port ? `:${result.port}` : '');
      if (ipv6) {
        result.hostname = hostname.slice(1, -1);
        if (rest[0] !== '/') rest = `/${rest}`;
      }
    }

    if (!hostlessProtocol.has(lowerProto)) rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, (c) => autoEscape[c]);

    const hashIdx = rest.indexOf('#');
    if (hashIdx !== -1) result.hash = rest.slice(hashIdx);
    const questionIdx = rest.indexOf('?');
    const queryIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : -1;
    if (queryIdx !== -1) {
      const end = hashIdx === -1 ? rest.length : hashIdx;
      result.search = rest.slice(queryIdx, end);
      result.query = rest.slice(queryIdx + 1, end);
      if (parseQueryString) result.query = parseQuery(result.query);
    } else if (parseQueryString) {
      result.search = null;
      result.query = { __proto__: null };
    }
    const firstIdx = queryIdx !== -1 ? queryIdx : hashIdx;
    if (firstIdx === -1) {
      if (rest.length > 0) result.pathname = rest;
    } else if (firstIdx > 0) {
      result.pathname = rest.slice(0, firstIdx);
    }
    if (slashedProtocol.has(lowerProto) && result.hostname && !result.pathname) result.pathname = '/';
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.href = legacyFormat(result);
    return result;
  }

  function legacyFormat(obj) {
    let auth = obj.auth || '';
    if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
    let protocol = obj.protocol || '';
    let pathname = obj.pathname || '';
    let hash = obj.hash || '';
    let host = '';
    let query = '';
    if (obj.host) {
      host = auth + obj.host;
    } else if (obj.hostname) {
      host = auth + (obj.hostname.includes(':') && obj.hostname[0] !== '[' ? `[${obj.hostname}]` : obj.hostname);
      if (obj.port) host += `:${obj.port}`;
    }
    if (obj.query !== null && typeof obj.query === 'object') query = new URLSearchParams(obj.query).toString();
    let search = obj.search || (query && `?${query}`) || '';
    if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
    pathname = pathname.replace(/[?#]/g, (c) => encodeURIComponent(c));
    if (obj.slashes || slashedProtocol.has(protocol)) {
      if (obj.slashes || host) {
        if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
        host = `//${host}`;
      } else if (protocol.length >= 4 && protocol.startsWith('file')) {
        host = '//';
      }
    }
    search = search.replace(/#/g, '%23');
    if (hash && hash[0] !== '#') hash = `#${hash}`;
    if (search && search[0] !== '?') search = `?${search}`;
    return protocol + host + pathname + search + hash;
  }
  Url.prototype.format = function format() { return legacyFormat(this); };
  Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
    Object.assign(this, legacyParse(url, parseQueryString, slashesDenoteHost));
    return this;
  };

  function format(urlObject, options = undefined) {
    if (typeof urlObject === 'string') return legacyParse(urlObject).format();
    if (urlObject === null || typeof urlObject !== 'object') {
      throw invalidArgType('urlObject', ['Object', 'string'], urlObject);
    }
    if (isURL(urlObject)) {
      if (options !== undefined) validateObject(options, 'options');
      const { auth = true, fragment = true, search = true, unicode = false } = options || {};
      const c = urlObject[kComponents];
      let out = c[PROTOCOL];
      if (c[HREF].slice(c[PROTOCOL].length).startsWith('//')) {
        out += '//';
        if (auth && (c[USERNAME] || c[PASSWORD])) {
          out += c[USERNAME];
          if (c[PASSWORD]) out += `:${c[PASSWORD]}`;
          out += '@';
        }
        out += unicode ? native.domainToUnicode(c[HOSTNAME]) : c[HOSTNAME];
        if (c[PORT]) out += `:${c[PORT]}`;
      }
      out += c[PATHNAME];
      if (search) out += c[SEARCH];
      if (fragment) out += c[HASH];
      return out;
    }
    return legacyFormat(urlObject);
  }

  // resolveObject is the legacy relative resolution (RFC 1808 era), which
  // differs from WHATWG's: relative bases stay relative, non-slashed
  // schemes keep their "host" in the path, and so on.
  function resolveObject(base, relative) {
    if (typeof relative === 'string') relative = legacyParse(relative, false, true);
    const out = new Url();
    Object.assign(out, base);
    const finish = () => {
      out.href = legacyFormat(out);
      return out;
    };
    const setPath = () => {
      if (out.pathname !== null || out.search !== null) out.path = (out.pathname || '') + (out.search || '');
    };
    const splitAuth = () => {
      // mailto:a@b style: the auth rides in the host.
      const at = out.host ? out.host.indexOf('@') : -1;
      if (at > 0) {
        const [auth, host] = out.host.split('@');
        out.auth = auth;
        out.host = out.hostname = host;
      }
    };

    out.hash = relative.hash;
    if (relative.href === '') return finish();

    // "//host/path": everything but the protocol comes from relative.
    if (relative.slashes && !relative.protocol) {
      for (const k of Object.keys(relative)) if (k !== 'protocol') out[k] = relative[k];
      if (slashedProtocol.has(out.protocol) && out.hostname && !out.pathname) out.path = out.pathname = '/';
      return finish();
    }

    if (relative.protocol && relative.protocol !== out.protocol) {
      if (!slashedProtocol.has(relative.protocol)) {
        Object.assign(out, relative);
        return finish();
      }
      out.protocol = relative.protocol;
      if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
        // "http:foo/bar" against another scheme: the first segment is the host.
        const segs = (relative.pathname || '').split('/');
        relative.host = '';
        while (segs.length && !relative.host) relative.host = segs.shift();
        if (!relative.hostname) relative.hostname = '';
        if (segs[0] !== '') segs.unshift('');
        if (segs.length < 2) segs.unshift('');
        out.pathname = segs.join('/');
      } else {
        out.pathname = relative.pathname;
      }
      out.search = relative.search;
      out.query = relative.query;
      out.host = relative.host || '';
      out.auth = relative.auth;
      out.hostname = relative.hostname || relative.host;
      out.port = relative.port;
      if (out.pathname || out.search) out.path = (out.pathname || '') + (out.search || '');
      out.slashes = out.slashes || relative.slashes;
      return finish();
    }

    const baseAbsolute = Boolean(out.pathname && out.pathname[0] === '/');
    const relAbsolute = Boolean(relative.host || (relative.pathname && relative.pathname[0] === '/'));
    let mustEndAbs = Boolean(relAbsolute || baseAbsolute || (out.host && relative.pathname));
    const removeAllDots = mustEndAbs;
    let segs = (out.pathname && out.pathname.split('/')) || [];
    const relSegs = (relative.pathname && relative.pathname.split('/')) || [];
    // Non-slashed schemes ("mailto:") let ".." climb into the host, so the
    // host joins the path while resolving and is split off again after.
    const hostInPath = Boolean(out.protocol && !slashedProtocol.has(out.protocol));
    if (hostInPath) {
      out.hostname = '';
      out.port = null;
      if (out.host) {
        if (segs[0] === '') segs[0] = out.host;
        else segs.unshift(out.host);
      }
      out.host = '';
      if (relative.protocol) {
        relative.hostname = null;
        relative.port = null;
        if (relative.host) {
          if (relSegs[0] === '') relSegs[0] = relative.host;
          else relSegs.unshift(relative.host);
        }
        relative.host = null;
      }
      mustEndAbs = mustEndAbs && (relSegs[0] === '' || segs[0] === '');
    }

    if (relAbsolute) {
      if (relative.host || relative.host === '') {
        if (out.host !== relative.host) out.auth = null;
        out.host = relative.host;
        out.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (out.hostname !== relative.hostname) out.auth = null;
        out.hostname = relative.hostname;
      }
      out.search = relative.search;
      out.query = relative.query;
      segs = relSegs;
    } else if (relSegs.length) {
      segs.pop();
      segs = segs.concat(relSegs);
      out.search = relative.search;
      out.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      // "?query" alone.
      if (hostInPath) {
        out.hostname = out.host = segs.shift();
        splitAuth();
      }
      out.search = relative.search;
      out.query = relative.query;
      setPath();
      return finish();
    }

    if (!segs.length) {
      out.pathname = null;
      out.path = out.search ? `/${out.search}` : null;
      return finish();
    }

    let last = segs[segs.length - 1];
    const trailingSlash = Boolean(((out.host || relative.host || segs.length > 1) && (last === '.' || last === '..')) || last === '');
    // Drop '.', and let each '..' remove the segment before it.
    let up = 0;
    for (let i = segs.length - 1; i >= 0; i--) {
      last = segs[i];
      if (last === '.') {
        segs.splice(i, 1);
      } else if (last === '..') {
        segs.splice(i, 1);
        up++;
      } else if (up) {
        segs.splice(i, 1);
        up--;
      }
    }
    if (!mustEndAbs && !removeAllDots) {
      for (; up > 0; up--) segs.unshift('..');
    }
    if (mustEndAbs && segs[0] !== '' && (!segs[0] || segs[0][0] !== '/')) segs.unshift('');
    if (trailingSlash && segs.join('/').slice(-1) !== '/') segs.push('');
    const isAbsolute = segs[0] === '' || Boolean(segs[0] && segs[0][0] === '/');
    if (hostInPath) {
      out.hostname = out.host = isAbsolute ? '' : segs.length ? segs.shift() : '';
      splitAuth();
    }
    mustEndAbs = mustEndAbs || Boolean(out.host && segs.length);
    if (mustEndAbs && !isAbsolute) segs.unshift('');
    if (segs.length > 0) {
      out.pathname = segs.join('/');
    } else {
      out.pathname = null;
      out.path = null;
    }
    setPath();
    out.auth = relative.auth || out.auth;
    out.slashes = out.slashes || relative.slashes;
    return finish();
  }

  Url.prototype.resolveObject = function (relative) { return resolveObject(this, relative); };
  Url.prototype.resolve = function (relative) { return legacyFormat(resolveObject(this, legacyParse(relative, false, true))); };

  function resolve(from, to) {
    return legacyParse(from, false, true).resolve(to);
  }

  const module = {
    Url,
    parse: legacyParse,
    resolve,
    resolveObject: (from, to) => (from ? legacyParse(from, false, true).resolveObject(to) : to),
    format,
    URL,
    URLSearchParams,
    domainToASCII: (d) => native.domainToASCII(`${d}`),
    domainToUnicode: (d) => native.domainToUnicode(`${d}`),
    pathToFileURL,
    fileURLToPath,
    urlToHttpOptions,
  };

  return { URL, URLSearchParams, module };
})
