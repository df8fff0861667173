// node:path, posix and win32. Node's results in edge cases (trailing
// separators, '..' above the root, dot files, UNC roots, drive-relative
// paths) are part of its contract; every rule below is checked against a
// table whose expected values come from Node itself (testdata/path).
//
// errors: js/events_errors.js. host.cwd() is process.cwd() (it follows
// process.chdir), host.env(name) reads one environment variable.
(function (internal, errors, host) {
  'use strict';

  const { validateString, validateObject } = errors;

  const isPosixSep = (c) => c === '/';
  const isWinSep = (c) => c === '/' || c === '\\';
  const isDriveLetter = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

  // collapse resolves '.', '..' and repeated separators in a path with its
  // root already removed. Above the root, '..' segments survive only when
  // aboveRoot is true (relative paths).
  function collapse(path, aboveRoot, sep, isSep) {
    const out = [];
    let segStart = 0;
    for (let i = 0; i <= path.length; i++) {
      if (i < path.length && !isSep(path[i])) continue;
      const seg = path.slice(segStart, i);
      segStart = i + 1;
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
        else if (aboveRoot) out.push('..');
        continue;
      }
      out.push(seg);
    }
    return out.join(sep);
  }

  // lastSegment finds the last path component of path[start:], ignoring
  // trailing separators: [startPart, end), with end === -1 when there is
  // none. It also finds the extension's dot by Node's rules: a leading dot
  // ('.bashrc') and the '..' entry have no extension.
  function lastSegment(path, start, isSep, partInit = start) {
    let startDot = -1;
    let startPart = partInit;
    let end = -1;
    let matchedSep = true;
    // 0: nothing left of the dot yet, 1: only dots, -1: something else.
    let preDot = 0;
    for (let i = path.length - 1; i >= start; --i) {
      const c = path[i];
      if (isSep(c)) {
        if (!matchedSep) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSep = false;
        end = i + 1;
      }
      if (c === '.') {
        if (startDot === -1) startDot = i;
        else if (preDot !== 1) preDot = 1;
      } else if (startDot !== -1) {
        preDot = -1;
      }
    }
    const noExt = startDot === -1 || end === -1 || preDot === 0 ||
      (preDot === 1 && startDot === end - 1 && startDot === startPart + 1);
    return { startPart, end, dot: noExt ? -1 : startDot };
  }

  // basenameOf is the last component of path[start:]. With a suffix Node
  // runs one backward scan that matches the suffix as it goes; its answers
  // for odd inputs (a suffix longer than the name, a path of separators)
  // are part of its behaviour, so the scan is kept as it is.
  function basenameOf(path, start, isSep, suffix) {
    if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
      const { startPart, end } = lastSegment(path, start, isSep);
      return end === -1 ? '' : path.slice(startPart, end);
    }
    if (suffix === path) return '';
    let begin = start;
    let end = -1;
    let matchedSep = true;
    let extIdx = suffix.length - 1;
    let firstNonSepEnd = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const c = path[i];
      if (isSep(c)) {
        if (!matchedSep) {
          begin = i + 1;
          break;
        }
        continue;
      }
      if (firstNonSepEnd === -1) {
        matchedSep = false;
        firstNonSepEnd = i + 1;
      }
      if (extIdx >= 0) {
        if (c === suffix[extIdx]) {
          if (--extIdx === -1) end = i;
        } else {
          extIdx = -1;
          end = firstNonSepEnd;
        }
      }
    }
    if (begin === end) end = firstNonSepEnd;
    else if (end === -1) end = path.length;
    return path.slice(begin, end);
  }

  function formatExt(ext) {
    return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
  }

  function formatWith(sep, pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
  }

  // ---- posix ----

  const posix = {
    resolve(...args) {
      let resolved = '';
      let absolute = false;
      for (let i = args.length - 1; i >= -1 && !absolute; i--) {
        const path = i >= 0 ? args[i] : host.cwd();
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
        resolved = `${path}/${resolved}`;
        absolute = path[0] === '/';
      }
      resolved = collapse(resolved, !absolute, '/', isPosixSep);
      if (absolute) return `/${resolved}`;
      return resolved.length > 0 ? resolved : '.';
    },

    normalize(path) {
      validateString(path, 'path');
      if (path.length === 0) return '.';
      const absolute = path[0] === '/';
      const trailing = path[path.length - 1] === '/';
      path = collapse(path, !absolute, '/', isPosixSep);
      if (path.length === 0) {
        if (absolute) return '/';
        return trailing ? './' : '.';
      }
      if (trailing) path += '/';
      return absolute ? `/${path}` : path;
    },

    isAbsolute(path) {
      validateString(path, 'path');
      return path.length > 0 && path[0] === '/';
    },

    join(...args) {
      if (args.length === 0) return '.';
      const parts = [];
      for (const arg of args) {
        validateString(arg, 'path');
        if (arg.length > 0) parts.push(arg);
      }
      if (parts.length === 0) return '.';
      return posix.normalize(parts.join('/'));
    },

    relative(from, to) {
      validateString(from, 'from');
      validateString(to, 'to');
      if (from === to) return '';
      from = posix.resolve(from);
      to = posix.resolve(to);
      if (from === to) return '';
      const f = from.split('/').filter(Boolean);
      const t = to.split('/').filter(Boolean);
      let common = 0;
      while (common < f.length && common < t.length && f[common] === t[common]) common++;
      const up = new Array(f.length - common).fill('..');
      return up.concat(t.slice(common)).join('/');
    },

    toNamespacedPath(path) {
      return path;
    },

    dirname(path) {
      validateString(path, 'path');
      if (path.length === 0) return '.';
      const hasRoot = path[0] === '/';
      let end = -1;
      let matchedSep = true;
      for (let i = path.length - 1; i >= 1; --i) {
        if (path[i] === '/') {
          if (!matchedSep) {
            end = i;
            break;
          }
        } else {
          matchedSep = false;
        }
      }
      if (end === -1) return hasRoot ? '/' : '.';
      if (hasRoot && end === 1) return '//';
      return path.slice(0, end);
    },

    basename(path, suffix) {
      if (suffix !== undefined) validateString(suffix, 'suffix');
      validateString(path, 'path');
      return basenameOf(path, 0, isPosixSep, suffix);
    },

    extname(path) {
      validateString(path, 'path');
      const { end, dot } = lastSegment(path, 0, isPosixSep);
      return dot === -1 ? '' : path.slice(dot, end);
    },

    format: formatWith.bind(null, '/'),

    parse(path) {
      validateString(path, 'path');
      const ret = { root: '', dir: '', base: '', ext: '', name: '' };
      if (path.length === 0) return ret;
      const absolute = path[0] === '/';
      if (absolute) ret.root = '/';
      // startPart starts at 0 even past the root: "/.." parses with
      // ext "." in Node, and this keeps that.
      const { startPart, end, dot } = lastSegment(path, absolute ? 1 : 0, isPosixSep, 0);
      const from = startPart === 0 && absolute ? 1 : startPart;
      if (end !== -1) {
        ret.base = path.slice(from, end);
        if (dot === -1) {
          ret.name = ret.base;
        } else {
          ret.name = path.slice(from, dot);
          ret.ext = path.slice(dot, end);
        }
      }
      if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
      else if (absolute) ret.dir = '/';
      return ret;
    },

    matchesGlob(path, pattern) {
      return matchesGlob(path, pattern, false);
    },

    sep: '/',
    delimiter: ':',
    win32: null,
    posix: null,
  };

  // ---- win32 ----

  // winRoot parses the root of a Windows path: a UNC share
  // (\\server\share), a drive (C: or C:\), or a single separator.
  // With namespaces set (normalize, resolve), "\\\\?\\" and "\\\\.\\" start a
  // device-namespace root, which takes no trailing separator of its own.
  function winRoot(path, namespaces = false) {
    const len = path.length;
    let rootEnd = 0;
    let device = '';
    let absolute = false;
    if (len === 0) return { rootEnd, device, absolute };
    const c = path[0];
    if (len === 1) {
      if (isWinSep(c)) {
        rootEnd = 1;
        absolute = true;
      }
    } else if (isWinSep(c)) {
      absolute = true;
      rootEnd = 1;
      if (isWinSep(path[1])) {
        let j = 2;
        let last = j;
        while (j < len && !isWinSep(path[j])) j++;
        if (j < len && j !== last) {
          const server = path.slice(last, j);
          last = j;
          while (j < len && isWinSep(path[j])) j++;
          if (namespaces && j < len && j !== last && (server === '?' || server === '.')) {
            return { rootEnd: j, device: `\\\\${server}`, absolute: true };
          }
          if (j < len && j !== last) {
            last = j;
            while (j < len && !isWinSep(path[j])) j++;
            if (j === len || j !== last) {
              device = `\\\\${server}\\${path.slice(last, j)}`;
              rootEnd = j;
            }
          }
        }
      }
    } else if (isDriveLetter(c) && path[1] === ':') {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isWinSep(path[2])) {
        absolute = true;
        rootEnd = 3;
      }
    }
    return { rootEnd, device, absolute };
  }

  const win32 = {
    resolve(...args) {
      let resolvedDevice = '';
      let resolvedTail = '';
      let resolvedAbsolute = false;
      for (let i = args.length - 1; i >= -1; i--) {
        let path;
        if (i >= 0) {
          path = args[i];
          validateString(path, `paths[${i}]`);
          if (path.length === 0) continue;
        } else if (resolvedDevice.length === 0) {
          path = host.cwd();
        } else {
          // The per-drive current directory Windows keeps in "=C:".
          path = host.env(`=${resolvedDevice}`) || host.cwd();
          if (path === undefined ||
              (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() && path[2] === '\\')) {
            path = `${resolvedDevice}\\`;
          }
        }
        const { rootEnd, device, absolute } = winRoot(path, true);
        if (device.length > 0) {
          if (resolvedDevice.length > 0) {
            if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
          } else {
            resolvedDevice = device;
          }
        }
        if (resolvedAbsolute) {
          if (resolvedDevice.length > 0) break;
        } else {
          resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
          resolvedAbsolute = absolute;
          if (absolute && resolvedDevice.length > 0) break;
        }
      }
      resolvedTail = collapse(resolvedTail, !resolvedAbsolute, '\\', isWinSep);
      return resolvedAbsolute ?
        `${resolvedDevice}\\${resolvedTail}` :
        `${resolvedDevice}${resolvedTail}` || '.';
    },

    normalize(path) {
      validateString(path, 'path');
      const len = path.length;
      if (len === 0) return '.';
      if (len === 1) return path[0] === '/' ? '\\' : path;
      const { rootEnd, device, absolute } = winRoot(path, true);
      // "\\server\share" alone: the root of a share keeps a separator.
      if (device.length > 0 && device[0] === '\\' && rootEnd === len) return `${device}\\`;
      let tail = rootEnd < len ? collapse(path.slice(rootEnd), !absolute, '\\', isWinSep) : '';
      if (tail.length === 0 && !absolute) tail = '.';
      if (tail.length > 0 && isWinSep(path[len - 1])) tail += '\\';
      if (!absolute && device === '' && path.includes(':')) {
        // A relative path must not normalize into one Windows reads as a
        // drive or a stream ("C:", "a:" followed by a separator):
        // CVE-2024-36139.
        if (tail.length >= 2 && isDriveLetter(tail[0]) && tail[1] === ':') return `.\\${tail}`;
        for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
          if (i === len - 1 || isWinSep(path[i + 1])) return `.\\${tail}`;
        }
      }
      if (device === '') return absolute ? `\\${tail}` : tail;
      return absolute ? `${device}\\${tail}` : `${device}${tail}`;
    },

    isAbsolute(path) {
      validateString(path, 'path');
      const len = path.length;
      if (len === 0) return false;
      const c = path[0];
      return isWinSep(c) ||
        (len > 2 && isDriveLetter(c) && path[1] === ':' && isWinSep(path[2]));
    },

    join(...args) {
      if (args.length === 0) return '.';
      let joined;
      let firstPart;
      for (let i = 0; i < args.length; ++i) {
        const arg = args[i];
        validateString(arg, 'path');
        if (arg.length > 0) {
          if (joined === undefined) joined = firstPart = arg;
          else joined += `\\${arg}`;
        }
      }
      if (joined === undefined) return '.';
      // join must not turn "//server" (from join('//server', 'share')) into
      // a UNC root by accident, nor lose one the first part clearly meant:
      // count the leading separators of the first part as Node does.
      let needsReplace = true;
      let slashCount = 0;
      if (isWinSep(firstPart[0])) {
        ++slashCount;
        const firstLen = firstPart.length;
        if (firstLen > 1 && isWinSep(firstPart[1])) {
          ++slashCount;
          if (firstLen > 2) {
            if (isWinSep(firstPart[2])) ++slashCount;
            else needsReplace = false;
          }
        }
      }
      if (needsReplace) {
        while (slashCount < joined.length && isWinSep(joined[slashCount])) slashCount++;
        if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
      }
      return win32.normalize(joined);
    },

    relative(from, to) {
      validateString(from, 'from');
      validateString(to, 'to');
      if (from === to) return '';
      const fromOrig = win32.resolve(from);
      const toOrig = win32.resolve(to);
      if (fromOrig === toOrig) return '';
      from = fromOrig.toLowerCase();
      to = toOrig.toLowerCase();
      if (from === to) return '';
      // Node compares the lower-cased strings character by character after
      // dropping leading separators, and answers with the target's own
      // case. With no common separator at all (different drives, but also
      // "\\a" against "\\b") the answer is the whole target.
      const trim = (p) => {
        let start = 0;
        while (start < p.length && p[start] === '\\') start++;
        let end = p.length;
        while (end - 1 > start && p[end - 1] === '\\') end--;
        return [start, end];
      };
      const [fromStart, fromEnd] = trim(from);
      let [toStart, toEnd] = trim(to);
      const fromLen = fromEnd - fromStart;
      const toLen = toEnd - toStart;
      const length = Math.min(fromLen, toLen);
      let lastCommonSep = -1;
      let i = 0;
      for (; i < length; i++) {
        const c = from[fromStart + i];
        if (c !== to[toStart + i]) break;
        if (c === '\\') lastCommonSep = i;
      }
      if (i !== length) {
        if (lastCommonSep === -1) return toOrig;
      } else {
        if (toLen > length) {
          // from is a prefix of to: "C:\\a" → "C:\\a\\b", or a drive root.
          if (to[toStart + i] === '\\') return toOrig.slice(toStart + i + 1);
          if (i === 2) return toOrig.slice(toStart + i);
        }
        if (fromLen > length) {
          if (from[fromStart + i] === '\\') lastCommonSep = i;
          else if (i === 2) lastCommonSep = 3;
        }
        if (lastCommonSep === -1) lastCommonSep = 0;
      }
      let out = '';
      for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
        if (i === fromEnd || from[i] === '\\') out += out.length === 0 ? '..' : '\\..';
      }
      toStart += lastCommonSep;
      if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
      if (toOrig[toStart] === '\\') ++toStart;
      return toOrig.slice(toStart, toEnd);
    },

    toNamespacedPath(path) {
      if (typeof path !== 'string' || path.length === 0) return path;
      const resolved = win32.resolve(path);
      if (resolved.length <= 2) return path;
      if (resolved[0] === '\\') {
        if (resolved[1] === '\\') {
          const c = resolved[2];
          if (c !== '?' && c !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
        }
      } else if (isDriveLetter(resolved[0]) && resolved[1] === ':' && resolved[2] === '\\') {
        return `\\\\?\\${resolved}`;
      }
      return resolved;
    },

    dirname(path) {
      validateString(path, 'path');
      const len = path.length;
      if (len === 0) return '.';
      let rootEnd = -1;
      let offset = 0;
      const c = path[0];
      if (len === 1) return isWinSep(c) ? path : '.';
      if (isWinSep(c)) {
        rootEnd = offset = 1;
        const r = winRoot(path);
        if (r.device.length > 0) {
          if (r.rootEnd === len) return path;
          rootEnd = offset = r.rootEnd + 1;
        }
      } else if (isDriveLetter(c) && path[1] === ':') {
        rootEnd = len > 2 && isWinSep(path[2]) ? 3 : 2;
        offset = rootEnd;
      }
      let end = -1;
      let matchedSep = true;
      for (let i = len - 1; i >= offset; --i) {
        if (isWinSep(path[i])) {
          if (!matchedSep) {
            end = i;
            break;
          }
        } else {
          matchedSep = false;
        }
      }
      if (end === -1) {
        if (rootEnd === -1) return '.';
        end = rootEnd;
      }
      return path.slice(0, end);
    },

    basename(path, suffix) {
      if (suffix !== undefined) validateString(suffix, 'suffix');
      validateString(path, 'path');
      const start = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
      return basenameOf(path, start, isWinSep, suffix);
    },

    extname(path) {
      validateString(path, 'path');
      const start = path.length >= 2 && path[1] === ':' && isDriveLetter(path[0]) ? 2 : 0;
      const { end, dot } = lastSegment(path, start, isWinSep);
      return dot === -1 ? '' : path.slice(dot, end);
    },

    format: formatWith.bind(null, '\\'),

    parse(path) {
      validateString(path, 'path');
      const ret = { root: '', dir: '', base: '', ext: '', name: '' };
      const len = path.length;
      if (len === 0) return ret;
      let rootEnd = 0;
      const c = path[0];
      if (len === 1) {
        if (isWinSep(c)) {
          ret.root = ret.dir = path;
          return ret;
        }
        ret.base = ret.name = path;
        return ret;
      }
      if (isWinSep(c)) {
        rootEnd = 1;
        const r = winRoot(path);
        if (r.device.length > 0) {
          rootEnd = r.rootEnd === len ? len : r.rootEnd + 1;
        }
      } else if (isDriveLetter(c) && path[1] === ':') {
        if (len <= 2) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 2;
        if (isWinSep(path[2])) {
          if (len === 3) {
            ret.root = ret.dir = path;
            return ret;
          }
          rootEnd = 3;
        }
      }
      if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
      const { startPart, end, dot } = lastSegment(path, rootEnd, isWinSep);
      if (end !== -1) {
        ret.base = path.slice(startPart, end);
        if (dot === -1) {
          ret.name = ret.base;
        } else {
          ret.name = path.slice(startPart, dot);
          ret.ext = path.slice(dot, end);
        }
      }
      if (startPart > 0 && startPart !== rootEnd) ret.dir = path.slice(0, startPart - 1);
      else ret.dir = ret.root;
      return ret;
    },

    matchesGlob(path, pattern) {
      return matchesGlob(path, pattern, true);
    },

    sep: '\\',
    delimiter: ';',
    win32: null,
    posix: null,
  };

  // matchesGlob supports the glob subset Node's (minimatch-based) version
  // is mostly used for: *, **, ?, [...] classes and {a,b} alternatives.
  function matchesGlob(path, pattern, windows) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    if (windows) {
      path = path.replace(/\\/g, '/');
      pattern = pattern.replace(/\\/g, '/');
    }
    // A trailing separator does not count ("x/" is matched by "*").
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    return globToRegExp(pattern).test(path);
  }

  function expandBraces(pattern) {
    const open = pattern.indexOf('{');
    if (open === -1) return [pattern];
    let depth = 0;
    const parts = [];
    let partStart = open + 1;
    for (let i = open; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          parts.push(pattern.slice(partStart, i));
          const pre = pattern.slice(0, open);
          const post = pattern.slice(i + 1);
          if (parts.length === 1) return expandBraces(pre + '\u0000' + parts[0] + '\u0001' + post).map((s) => s.replace('\u0000', '{').replace('\u0001', '}'));
          return parts.flatMap((p) => expandBraces(pre + p + post));
        }
      } else if (c === ',' && depth === 1) {
        parts.push(pattern.slice(partStart, i));
        partStart = i + 1;
      }
    }
    return [pattern];
  }

  function globToRegExp(pattern) {
    const alternatives = expandBraces(pattern).map((p) => {
      let re = '';
      for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*') {
          if (p[i + 1] === '*') {
            const atStart = i === 0 || p[i - 1] === '/';
            const atEnd = i + 2 === p.length || p[i + 2] === '/';
            if (atStart && atEnd) {
              i++;
              if (p[i + 1] === '/') {
                i++;
                re += '(?:(?!\\.)[^/]*(?:/|$))*';
              } else {
                re += '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)?';
              }
              continue;
            }
          }
          re += (i === 0 || p[i - 1] === '/') ? '(?!\\.)[^/]*' : '[^/]*';
        } else if (c === '?') {
          re += '[^/]';
        } else if (c === '[') {
          const close = p.indexOf(']', i + 2);
          if (close === -1) {
            re += '\\[';
          } else {
            let body = p.slice(i + 1, close);
            // A negated class never matches the separator.
            if (body[0] === '!') body = '^/' + body.slice(1);
            re += `[${body.replace(/\\/g, '\\\\')}]`;
            i = close;
          }
        } else {
          re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
        }
      }
      return re;
    });
    return new RegExp(`^(?:${alternatives.join('|')})$`);
  }

  posix.win32 = win32.win32 = win32;
  posix.posix = win32.posix = posix;
  posix._makeLong = posix.toNamespacedPath;
  win32._makeLong = win32.toNamespacedPath;
  return posix;
})
