if (x) const
y = 1;
