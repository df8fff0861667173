export {};
declare global {
  enum GlobalE { A }
}
