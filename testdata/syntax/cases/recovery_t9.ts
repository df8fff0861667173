let o = { get a() { return 1 }, set b(v) }
