let f = (a: number, b?) => a +;
