// A module without exports.
export {};
