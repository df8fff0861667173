declare namespace M { const y: number }
declare function dec(...a: any[]): any;
const arrow1 = () => { enum AE2 { A } return <any>0; };
export { I2 };
declare const enum DCE3 { A }
export declare const dc4: number;
