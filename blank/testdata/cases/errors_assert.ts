let x = <any>y;
