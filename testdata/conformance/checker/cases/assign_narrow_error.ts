let x: string | number = 'a';
x = 1;
x.toUpperCase();
