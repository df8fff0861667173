enum \u0045num { A }
