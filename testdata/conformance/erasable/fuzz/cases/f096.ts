declare namespace M { const y: number }
declare function dec(...a: any[]): any;
const arrow1 = () => { enum AE2 { A } return <any>0; };
@dec class DecK3 { constructor(@dec readonly p: number) {} }
