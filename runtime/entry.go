package runtime

// entry is the program's main file, loaded and ready to run.
type entry struct {
	argvPath string
}

func loadEntry(opts *Options) (*entry, error) { return nil, errNotSupported }

func (vm *VM) runEntry(e *entry) int { return 1 }
