package runtime

// The work behind crypto.subtle (js/crypto_subtle.js) for secret keys:
// HMAC, AES-GCM/CBC/CTR, PBKDF2 and HKDF. As in Node, every operation runs
// on the worker pool and settles its promise from the loop.

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/pbkdf2"
	"strconv"

	"github.com/dop251/goja"
)

// subtleJob is one operation's inputs, copied off JavaScript memory on the
// loop before the pool sees them.
type subtleJob struct {
	op   string
	hash string
	data [][]byte
	nums []int
}

// run does the work; the result is the output bytes or a failure name
// ("operation": WebCrypto's OperationError).
func (j *subtleJob) run() ([]byte, string) {
	switch j.op {
	case "hmac":
		ctor, ok := lookupHash(j.hash)
		if !ok || ctor.new == nil {
			return nil, "operation"
		}
		m := hmac.New(ctor.new, j.data[0])
		m.Write(j.data[1])
		return m.Sum(nil), ""
	case "pbkdf2":
		ctor, ok := lookupHash(j.hash)
		if !ok || ctor.new == nil {
			return nil, "operation"
		}
		k, err := pbkdf2.Key(ctor.new, string(j.data[0]), j.data[1], j.nums[0], j.nums[1])
		if err != nil {
			return nil, "operation"
		}
		return k, ""
	case "hkdf":
		ctor, ok := lookupHash(j.hash)
		if !ok || ctor.new == nil {
			return nil, "operation"
		}
		k, err := hkdf.Key(ctor.new, j.data[0], j.data[1], string(j.data[2]), j.nums[0])
		if err != nil {
			return nil, "operation"
		}
		return k, ""
	case "aes-gcm", "aes-cbc", "aes-ctr":
		// data: key, iv (counter), input[, aad]; nums: decrypt, tag bytes.
		key, iv, in := j.data[0], j.data[1], j.data[2]
		spec, ok := cipherSpecs["aes-"+strconv.Itoa(len(key)*8)+j.op[3:]]
		if !ok {
			return nil, "operation"
		}
		decrypt, tagLen := j.nums[0] == 1, j.nums[1]
		var tag []byte
		if spec.mode == modeGCM && decrypt {
			if len(in) < tagLen {
				return nil, "operation"
			}
			in, tag = in[:len(in)-tagLen], in[len(in)-tagLen:]
		}
		st, fail := newCipherState(spec, key, iv, decrypt, tagLen)
		if fail != "" {
			return nil, "operation"
		}
		if len(j.data) > 3 {
			st.aad = j.data[3]
		}
		st.tag = tag
		out := st.update(in)
		last, fail := st.final()
		if fail != "" {
			return nil, "operation"
		}
		out = append(out, last...)
		if spec.mode == modeGCM && !decrypt {
			out = append(out, st.tag...)
		}
		return out, ""
	}
	return nil, "operation"
}

// installSubtleHost adds subtle(op, hash, [bytes...], [ints...], done) to
// js/crypto.js's host: done(null, ArrayBuffer) or done("operation").
func (vm *VM) installSubtleHost(host *goja.Object) {
	rt := vm.RT
	must(host.Set("subtle", func(c goja.FunctionCall) goja.Value {
		j := &subtleJob{op: c.Argument(0).String(), hash: c.Argument(1).String()}
		for _, v := range c.Argument(2).ToObject(rt).Export().([]any) {
			if b, ok := v.([]byte); ok {
				j.data = append(j.data, append([]byte(nil), b...))
			} else {
				j.data = append(j.data, nil)
			}
		}
		for _, v := range c.Argument(3).ToObject(rt).Export().([]any) {
			n, _ := v.(int64)
			if f, ok := v.(float64); ok {
				n = int64(f)
			}
			j.nums = append(j.nums, int(n))
		}
		done, _ := goja.AssertFunction(c.Argument(4))
		type result struct {
			out  []byte
			fail string
		}
		vm.Loop.Submit(func() any {
			out, fail := j.run()
			return result{out, fail}
		}, func(r any) error {
			res := r.(result)
			var err error
			if res.fail != "" {
				_, err = done(goja.Undefined(), rt.ToValue(res.fail))
			} else {
				_, err = done(goja.Undefined(), goja.Null(), rt.ToValue(rt.NewArrayBuffer(res.out)))
			}
			return err
		})
		return goja.Undefined()
	}))
}
