declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export declare const dc1: number;
if (Math.random()) {
class SB2 { static {

} }
class SB7 { static {
{
const arrow3 = () => { enum AE4 { A } return <any>0; };
}
export { v4 };
{
export const xc5 = 1;
export { CE6 };
let v6 = 1;
}
} }
declare module "dm8" {

}
}
export { CE4 };
export {};
