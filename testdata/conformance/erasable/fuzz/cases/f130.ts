declare namespace M { const y: number }
declare function dec(...a: any[]): any;
namespace A2.B3 {
export { I1 };
declare module "dm1" {

}
}
export {};
