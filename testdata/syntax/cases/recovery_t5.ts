declare module M.N { export var x }
declare global
