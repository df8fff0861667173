declare function f(): void
declare let x: number = ;
declare class C { m(): ; }
