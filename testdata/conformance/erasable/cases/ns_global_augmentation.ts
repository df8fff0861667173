export {};
declare global {
  interface Window2 { a: number }
  namespace G { const x: number }
}
