declare namespace M { const y: number }
declare function dec(...a: any[]): any;
abstract class AK1 {}
class SB4 { static {
function cf2() {

}
enum E3 { A }
} }
export {};
