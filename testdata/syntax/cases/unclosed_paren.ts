if (a {
  b();
}
while (c
