"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gamma = void 0;
exports.gamma = "g";
exports.default = "tsc default";
