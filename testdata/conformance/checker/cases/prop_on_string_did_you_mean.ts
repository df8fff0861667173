const s = 'abc';
s.toUppercase();
