export {};
declare global {
  namespace NodeJSLike {
    interface Env { A: string }
  }
}
