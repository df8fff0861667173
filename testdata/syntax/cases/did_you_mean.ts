cosnt x = 1;
funcion f() {}
interfac I {}
