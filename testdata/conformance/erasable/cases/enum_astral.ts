const s = "😀😀"; enum E { A }
