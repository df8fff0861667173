// A CommonJS file in the shape esbuild and tsc emit (__esModule, __export
// getters, __toCommonJS): Node's lexer finds the names in the source.
import def, { alpha, beta } from "./built.cjs";
import * as ns from "./built.cjs";
import tsc, { gamma } from "./tsc.cjs";
console.log(alpha, beta, typeof def, Object.keys(ns).sort());
console.log(gamma, typeof tsc, (tsc as any).default);
