abstract class A { abstract x: ; }
