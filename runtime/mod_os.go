package runtime

// node:os, read the way libuv reads it on Linux: uname(2), /proc/stat,
// /proc/cpuinfo, /proc/meminfo, /proc/uptime, /proc/loadavg and
// /etc/passwd. Every call reads afresh, as Node's do. The constants are
// Linux's numbers, checked against Node's by testdata/os/os.js.

import (
	"bufio"
	"fmt"
	"net"
	"os"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"
)

func init() {
	registerBuiltin("os", loadOS)
}

var osSignals = []struct {
	name string
	num  int
}{
	{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6}, {"SIGIOT", 6},
	{"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11}, {"SIGUSR2", 12}, {"SIGPIPE", 13},
	{"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGCHLD", 17}, {"SIGSTKFLT", 16}, {"SIGCONT", 18}, {"SIGSTOP", 19},
	{"SIGTSTP", 20}, {"SIGTTIN", 21}, {"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24}, {"SIGXFSZ", 25},
	{"SIGVTALRM", 26}, {"SIGPROF", 27}, {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29}, {"SIGPWR", 30}, {"SIGSYS", 31},
}

// osErrnoNames are the names os.constants.errno lists, in Node's order;
// the numbers come from the syscall package.
var osErrnoNames = []struct {
	name string
	num  syscall.Errno
}{
	{"E2BIG", syscall.E2BIG}, {"EACCES", syscall.EACCES}, {"EADDRINUSE", syscall.EADDRINUSE},
	{"EADDRNOTAVAIL", syscall.EADDRNOTAVAIL}, {"EAFNOSUPPORT", syscall.EAFNOSUPPORT}, {"EAGAIN", syscall.EAGAIN},
	{"EALREADY", syscall.EALREADY}, {"EBADF", syscall.EBADF}, {"EBADMSG", syscall.EBADMSG}, {"EBUSY", syscall.EBUSY},
	{"ECANCELED", syscall.ECANCELED}, {"ECHILD", syscall.ECHILD}, {"ECONNABORTED", syscall.ECONNABORTED},
	{"ECONNREFUSED", syscall.ECONNREFUSED}, {"ECONNRESET", syscall.ECONNRESET}, {"EDEADLK", syscall.EDEADLK},
	{"EDESTADDRREQ", syscall.EDESTADDRREQ}, {"EDOM", syscall.EDOM}, {"EDQUOT", syscall.EDQUOT}, {"EEXIST", syscall.EEXIST},
	{"EFAULT", syscall.EFAULT}, {"EFBIG", syscall.EFBIG}, {"EHOSTUNREACH", syscall.EHOSTUNREACH}, {"EIDRM", syscall.EIDRM},
	{"EILSEQ", syscall.EILSEQ}, {"EINPROGRESS", syscall.EINPROGRESS}, {"EINTR", syscall.EINTR}, {"EINVAL", syscall.EINVAL},
	{"EIO", syscall.EIO}, {"EISCONN", syscall.EISCONN}, {"EISDIR", syscall.EISDIR}, {"ELOOP", syscall.ELOOP},
	{"EMFILE", syscall.EMFILE}, {"EMLINK", syscall.EMLINK}, {"EMSGSIZE", syscall.EMSGSIZE}, {"EMULTIHOP", syscall.EMULTIHOP},
	{"ENAMETOOLONG", syscall.ENAMETOOLONG}, {"ENETDOWN", syscall.ENETDOWN}, {"ENETRESET", syscall.ENETRESET},
	{"ENETUNREACH", syscall.ENETUNREACH}, {"ENFILE", syscall.ENFILE}, {"ENOBUFS", syscall.ENOBUFS}, {"ENODATA", syscall.ENODATA},
	{"ENODEV", syscall.ENODEV}, {"ENOENT", syscall.ENOENT}, {"ENOEXEC", syscall.ENOEXEC}, {"ENOLCK", syscall.ENOLCK},
	{"ENOLINK", syscall.ENOLINK}, {"ENOMEM", syscall.ENOMEM}, {"ENOMSG", syscall.ENOMSG}, {"ENOPROTOOPT", syscall.ENOPROTOOPT},
	{"ENOSPC", syscall.ENOSPC}, {"ENOSR", syscall.ENOSR}, {"ENOSTR", syscall.ENOSTR}, {"ENOSYS", syscall.ENOSYS},
	{"ENOTCONN", syscall.ENOTCONN}, {"ENOTDIR", syscall.ENOTDIR}, {"ENOTEMPTY", syscall.ENOTEMPTY}, {"ENOTSOCK", syscall.ENOTSOCK},
	{"ENOTSUP", syscall.ENOTSUP}, {"ENOTTY", syscall.ENOTTY}, {"ENXIO", syscall.ENXIO}, {"EOPNOTSUPP", syscall.EOPNOTSUPP},
	{"EOVERFLOW", syscall.EOVERFLOW}, {"EPERM", syscall.EPERM}, {"EPIPE", syscall.EPIPE}, {"EPROTO", syscall.EPROTO},
	{"EPROTONOSUPPORT", syscall.EPROTONOSUPPORT}, {"EPROTOTYPE", syscall.EPROTOTYPE}, {"ERANGE", syscall.ERANGE},
	{"EROFS", syscall.EROFS}, {"ESPIPE", syscall.ESPIPE}, {"ESRCH", syscall.ESRCH}, {"ESTALE", syscall.ESTALE},
	{"ETIME", syscall.ETIME}, {"ETIMEDOUT", syscall.ETIMEDOUT}, {"ETXTBSY", syscall.ETXTBSY},
	{"EWOULDBLOCK", syscall.EWOULDBLOCK}, {"EXDEV", syscall.EXDEV},
}

func loadOS(vm *VM) (*goja.Object, error) {
	rt := vm.RT
	m := rt.NewObject()
	fn := func(name string, f func(goja.FunctionCall) goja.Value) {
		must(m.Set(name, f))
	}
	str := func(s string) func(goja.FunctionCall) goja.Value {
		return func(goja.FunctionCall) goja.Value { return rt.ToValue(s) }
	}
	uname := func() *syscall.Utsname {
		var u syscall.Utsname
		if err := syscall.Uname(&u); err != nil {
			vm.throw(err)
		}
		return &u
	}
	fn("arch", str(nodeArch(goruntime.GOARCH)))
	fn("availableParallelism", func(goja.FunctionCall) goja.Value { return rt.ToValue(goruntime.NumCPU()) })
	fn("cpus", func(goja.FunctionCall) goja.Value { return vm.osCPUs() })
	fn("endianness", str("LE"))
	fn("freemem", func(goja.FunctionCall) goja.Value { return rt.ToValue(meminfo("MemAvailable")) })
	fn("getPriority", func(call goja.FunctionCall) goja.Value {
		pid := vm.osPid(call.Argument(0))
		// The raw syscall answers 20 - nice.
		prio, err := syscall.Getpriority(syscall.PRIO_PROCESS, pid)
		if err != nil {
			vm.throwSystemError("uv_os_getpriority", err)
		}
		return rt.ToValue(20 - prio)
	})
	fn("homedir", func(goja.FunctionCall) goja.Value {
		if h, _ := vm.getenv("HOME"); h != "" {
			return rt.ToValue(h)
		}
		return rt.ToValue(passwdEntry().home)
	})
	fn("hostname", func(goja.FunctionCall) goja.Value {
		h, err := os.Hostname()
		if err != nil {
			vm.throwSystemError("uv_os_gethostname", err)
		}
		return rt.ToValue(h)
	})
	fn("loadavg", func(goja.FunctionCall) goja.Value {
		out := []any{0.0, 0.0, 0.0}
		if b, err := os.ReadFile("/proc/loadavg"); err == nil {
			for i, f := range strings.Fields(string(b)) {
				if i == 3 {
					break
				}
				out[i], _ = strconv.ParseFloat(f, 64)
			}
		}
		return rt.ToValue(out)
	})
	fn("networkInterfaces", func(goja.FunctionCall) goja.Value { return vm.osNetworkInterfaces() })
	fn("platform", str(nodePlatform(goruntime.GOOS)))
	fn("release", func(goja.FunctionCall) goja.Value { return rt.ToValue(utsString(uname().Release[:])) })
	fn("setPriority", func(call goja.FunctionCall) goja.Value {
		pidArg, prioArg := call.Argument(0), call.Argument(1)
		if len(call.Arguments) < 2 {
			pidArg, prioArg = rt.ToValue(0), call.Argument(0)
		}
		pid := vm.osPid(pidArg)
		prio := vm.osInt32(prioArg, "priority", -20, 19)
		if err := syscall.Setpriority(syscall.PRIO_PROCESS, pid, prio); err != nil {
			vm.throwSystemError("uv_os_setpriority", err)
		}
		return goja.Undefined()
	})
	fn("tmpdir", func(goja.FunctionCall) goja.Value {
		dir := ""
		for _, k := range []string{"TMPDIR", "TMP", "TEMP"} {
			if dir, _ = vm.getenv(k); dir != "" {
				break
			}
		}
		if dir == "" {
			dir = "/tmp"
		}
		if len(dir) > 1 && strings.HasSuffix(dir, "/") {
			dir = dir[:len(dir)-1]
		}
		return rt.ToValue(dir)
	})
	fn("totalmem", func(goja.FunctionCall) goja.Value { return rt.ToValue(meminfo("MemTotal")) })
	fn("type", func(goja.FunctionCall) goja.Value { return rt.ToValue(utsString(uname().Sysname[:])) })
	fn("userInfo", func(goja.FunctionCall) goja.Value {
		p := passwdEntry()
		o := rt.NewObject()
		must(o.SetPrototype(nil))
		must(o.Set("uid", os.Getuid()))
		must(o.Set("gid", os.Getgid()))
		must(o.Set("username", p.name))
		must(o.Set("homedir", p.home))
		must(o.Set("shell", p.shell))
		return o
	})
	fn("uptime", func(goja.FunctionCall) goja.Value {
		b, err := os.ReadFile("/proc/uptime")
		if err != nil {
			vm.throwSystemError("uv_uptime", err)
		}
		f, _ := strconv.ParseFloat(strings.Fields(string(b))[0], 64)
		return rt.ToValue(f)
	})
	fn("version", func(goja.FunctionCall) goja.Value { return rt.ToValue(utsString(uname().Version[:])) })
	fn("machine", func(goja.FunctionCall) goja.Value { return rt.ToValue(utsString(uname().Machine[:])) })
	must(m.Set("constants", vm.osConstants()))
	must(m.Set("EOL", "\n"))
	must(m.DefineDataProperty("devNull", rt.ToValue("/dev/null"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	return m, nil
}

// getenv reads the environment through process.env, which programs edit
// (Node's os.tmpdir() sees process.env.TMPDIR = ...; console's colors read
// it too).
func (vm *VM) getenv(name string) (string, bool) {
	if vm.proc != nil && !vm.proc.materialized() {
		// Nobody has touched process yet, so process.env is still the
		// environment the program started with: read it without building
		// the process object (which costs milliseconds at startup).
		return lookupEnv(vm.proc.cfg.env, name)
	}
	if p, ok := vm.RT.GlobalObject().Get("process").(*goja.Object); ok {
		if env, ok := p.Get("env").(*goja.Object); ok {
			v := env.Get(name)
			if v == nil || goja.IsUndefined(v) {
				return "", false
			}
			return v.String(), true
		}
	}
	return os.LookupEnv(name)
}

func utsString(b []int8) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c == 0 {
			break
		}
		out = append(out, byte(c))
	}
	return string(out)
}

func meminfo(key string) int64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, key+":"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				n, _ := strconv.ParseInt(f[0], 10, 64)
				return n * 1024
			}
		}
	}
	return 0
}

type passwd struct{ name, home, shell string }

// passwdEntry finds the current user in /etc/passwd, as getpwuid_r does
// for files-based accounts.
func passwdEntry() passwd {
	uid := strconv.Itoa(os.Getuid())
	f, err := os.Open("/etc/passwd")
	if err == nil {
		defer f.Close()
		s := bufio.NewScanner(f)
		for s.Scan() {
			parts := strings.Split(s.Text(), ":")
			if len(parts) >= 7 && parts[2] == uid {
				return passwd{parts[0], parts[5], parts[6]}
			}
		}
	}
	return passwd{os.Getenv("USER"), os.Getenv("HOME"), os.Getenv("SHELL")}
}

func (vm *VM) osCPUs() goja.Value {
	rt := vm.RT
	var models []string
	var speeds []int
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			switch strings.TrimSpace(k) {
			case "model name":
				models = append(models, strings.TrimSpace(v))
			case "cpu MHz":
				f, _ := strconv.ParseFloat(strings.TrimSpace(v), 64)
				speeds = append(speeds, int(f))
			}
		}
	}
	out := []any{}
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return rt.ToValue(out)
	}
	// /proc/stat counts clock ticks (USER_HZ, 100 on Linux); Node reports
	// milliseconds.
	const msPerTick = 10
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 8 || !strings.HasPrefix(f[0], "cpu") || f[0] == "cpu" {
			continue
		}
		i, err := strconv.Atoi(f[0][3:])
		if err != nil {
			continue
		}
		n := func(k int) int64 { v, _ := strconv.ParseInt(f[k], 10, 64); return v * msPerTick }
		model, speed := "unknown", 0
		if i < len(models) {
			model = models[i]
		}
		if i < len(speeds) {
			speed = speeds[i]
		}
		cpu := rt.NewObject()
		must(cpu.Set("model", model))
		must(cpu.Set("speed", speed))
		times := rt.NewObject()
		must(times.Set("user", n(1)))
		must(times.Set("nice", n(2)))
		must(times.Set("sys", n(3)))
		must(times.Set("idle", n(4)))
		must(times.Set("irq", n(6)))
		must(cpu.Set("times", times))
		out = append(out, cpu)
	}
	return rt.ToValue(out)
}

func (vm *VM) osNetworkInterfaces() goja.Value {
	rt := vm.RT
	res := rt.NewObject()
	ifaces, err := net.Interfaces()
	if err != nil {
		vm.throwSystemError("uv_interface_addresses", err)
	}
	for _, ifc := range ifaces {
		addrs, err := ifc.Addrs()
		if err != nil || len(addrs) == 0 || ifc.Flags&net.FlagUp == 0 {
			continue
		}
		mac := ifc.HardwareAddr.String()
		if mac == "" {
			mac = "00:00:00:00:00:00"
		}
		var v4, v6 []any
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			ones, _ := ipn.Mask.Size()
			o := rt.NewObject()
			must(o.Set("address", ipn.IP.String()))
			if ip4 := ipn.IP.To4(); ip4 != nil {
				must(o.Set("netmask", net.IP(ipn.Mask).String()))
				must(o.Set("family", "IPv4"))
			} else {
				must(o.Set("netmask", net.IP(ipn.Mask).String()))
				must(o.Set("family", "IPv6"))
			}
			must(o.Set("mac", mac))
			must(o.Set("internal", ifc.Flags&net.FlagLoopback != 0))
			must(o.Set("cidr", fmt.Sprintf("%s/%d", ipn.IP.String(), ones)))
			if ipn.IP.To4() == nil {
				scope := 0
				if ipn.IP.IsLinkLocalUnicast() {
					scope = ifc.Index
				}
				must(o.Set("scopeid", scope))
				v6 = append(v6, o)
			} else {
				v4 = append(v4, o)
			}
		}
		if len(v4)+len(v6) > 0 {
			must(res.Set(ifc.Name, append(v4, v6...)))
		}
	}
	return res
}

func (vm *VM) osConstants() *goja.Object {
	rt := vm.RT
	frozen := func(o *goja.Object) *goja.Object {
		freeze, _ := goja.AssertFunction(rt.Get("Object").ToObject(rt).Get("freeze"))
		if _, err := freeze(goja.Undefined(), o); err != nil {
			panic(err)
		}
		return o
	}
	nullObj := func() *goja.Object {
		o := rt.NewObject()
		must(o.SetPrototype(nil))
		return o
	}
	c := nullObj()
	must(c.Set("UV_UDP_REUSEADDR", 4))
	dl := nullObj()
	for _, kv := range []struct {
		k string
		v int
	}{{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 256}, {"RTLD_LOCAL", 0}, {"RTLD_DEEPBIND", 8}} {
		must(dl.Set(kv.k, kv.v))
	}
	must(c.Set("dlopen", frozen(dl)))
	errno := nullObj()
	for _, e := range osErrnoNames {
		must(errno.Set(e.name, int(e.num)))
	}
	must(c.Set("errno", frozen(errno)))
	sig := nullObj()
	for _, s := range osSignals {
		must(sig.Set(s.name, s.num))
	}
	must(c.Set("signals", frozen(sig)))
	prio := nullObj()
	for _, kv := range []struct {
		k string
		v int
	}{{"PRIORITY_LOW", 19}, {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0}, {"PRIORITY_ABOVE_NORMAL", -7},
		{"PRIORITY_HIGH", -14}, {"PRIORITY_HIGHEST", -20}} {
		must(prio.Set(kv.k, kv.v))
	}
	must(c.Set("priority", frozen(prio)))
	return c
}

// osPid validates the pid argument of getPriority/setPriority.
func (vm *VM) osPid(v goja.Value) int {
	if goja.IsUndefined(v) {
		return 0
	}
	return vm.osInt32(v, "pid", -2147483648, 2147483647)
}

func (vm *VM) osInt32(v goja.Value, name string, lo, hi int64) int {
	errs, err := vm.nodeErrors()
	if err != nil {
		vm.throw(err)
	}
	f, ok := v.Export().(int64)
	if !ok {
		if fl, isFloat := v.Export().(float64); isFloat {
			if fl != float64(int64(fl)) {
				vm.callThrow(errs, "outOfRange", name, "an integer", v)
			}
			f, ok = int64(fl), true
		}
	}
	if !ok {
		vm.callThrow(errs, "invalidArgType", name, "number", v)
	}
	if f < lo || f > hi {
		vm.callThrow(errs, "outOfRange", name, fmt.Sprintf(">= %d && <= %d", lo, hi), v)
	}
	return int(f)
}

// callThrow throws the error that errs[fn](args...) builds.
func (vm *VM) callThrow(errs *goja.Object, fn string, args ...any) {
	f, _ := goja.AssertFunction(errs.Get(fn))
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		if v, ok := a.(goja.Value); ok {
			vals[i] = v
		} else {
			vals[i] = vm.RT.ToValue(a)
		}
	}
	e, err := f(goja.Undefined(), vals...)
	if err != nil {
		vm.throw(err)
	}
	panic(e)
}

// throwSystemError throws Node's ERR_SYSTEM_ERROR for a failed libuv-style
// call: "A system error occurred: uv_x returned ESRCH (no such process)".
func (vm *VM) throwSystemError(syscallName string, err error) {
	errno := uvErrno(err)
	name, msg := "UNKNOWN", "unknown error"
	if info, ok := uvErrors[errno]; ok {
		name, msg = info.name, info.msg
	}
	errs, e := vm.nodeErrors()
	if e != nil {
		vm.throw(e)
	}
	info := vm.RT.NewObject()
	must(info.Set("errno", errno))
	must(info.Set("code", name))
	must(info.Set("message", msg))
	must(info.Set("syscall", syscallName))
	f, _ := goja.AssertFunction(errs.Get("makeError"))
	text := fmt.Sprintf("A system error occurred: %s returned %s (%s)", syscallName, name, msg)
	ev, callErr := f(goja.Undefined(), vm.RT.Get("Error"), vm.RT.ToValue("ERR_SYSTEM_ERROR"), vm.RT.ToValue(text))
	if callErr != nil {
		vm.throw(callErr)
	}
	eo := ev.ToObject(vm.RT)
	must(eo.Set("info", info))
	must(eo.Set("errno", errno))
	must(eo.Set("syscall", syscallName))
	panic(eo)
}
