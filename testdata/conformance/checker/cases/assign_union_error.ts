let v: string | number = 1;
v = true;
