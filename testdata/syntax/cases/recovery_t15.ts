if (a) else b;
