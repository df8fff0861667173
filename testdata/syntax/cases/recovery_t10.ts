x?.y = 1;
new a?.b;
