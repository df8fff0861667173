		const a = 1;
		enum	E { A }
