enum E { A, +, B }
enum F { A B }
