const f = (a: number):
  string => "x"
const g = async <
  T
>(v: T) => v;
function h() {
  return <T>
    (v: T) => v;
}
function* i() {
  yield <T>
    (v: T) => v;
}
function j() {
  throw <T>
    (v: T): T => v;
}
const k = (): { a: number } => ({ a: 1 })
const l = (x?: number, ...rest: string[]): x is number => true
const m = <T,>(x: T): T => x
const n = async (x: number): Promise<void> => {}
const o = (a: number): "é" => "é"
const p = (): 
  "日本" => "日本"
