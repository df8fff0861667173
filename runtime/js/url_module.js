// node:url beyond the URL class: file URL helpers, url.format, and the
// legacy url.parse/resolve API (which predates WHATWG and differs from it).
//
// errors: js/events_errors.js; native: urlNatives in mod_url.go; web:
// js/url.js's result; path: node:path.
(function (internal, errors, native, web, path) {
  'use strict';

  const { makeError, invalidArgType, validateObject } = errors;
  const { URL, URLSearchParams, isURL, invalidURL, components } = web;
  const HREF = 0; const PROTOCOL = 2; const USERNAME = 3; const PASSWORD = 4;
  const HOSTNAME = 6; const PORT = 7; const PATHNAME = 8; const SEARCH = 9; const HASH = 10;

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
      const c = components(urlObject);
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

  return module;
})
