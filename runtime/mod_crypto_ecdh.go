package runtime

// node:crypto's ECDH (createECDH, ECDH.convertKey) and diffieHellman for
// EC key objects, on crypto/ecdh. Point encodings are SEC 1's:
// uncompressed (04 X Y), compressed (02/03 X) and hybrid (06/07 X Y).

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"math/big"

	"github.com/dop251/goja"
)

// ecdhCurves are createECDH's curves by OpenSSL's names.
var ecdhCurves = map[string]elliptic.Curve{
	"prime256v1": elliptic.P256(), "secp384r1": elliptic.P384(), "secp521r1": elliptic.P521(),
}

func ecdhCurveOf(c elliptic.Curve) ecdh.Curve {
	switch c {
	case elliptic.P256():
		return ecdh.P256()
	case elliptic.P384():
		return ecdh.P384()
	}
	return ecdh.P521()
}

// decodePoint reads a SEC 1 point of curve c in any of its three forms, as
// the uncompressed encoding crypto/ecdh takes.
func decodePoint(c elliptic.Curve, b []byte) []byte {
	size := (c.Params().BitSize + 7) / 8
	switch {
	case len(b) == 1+size && (b[0] == 2 || b[0] == 3):
		x, y := elliptic.UnmarshalCompressed(c, b)
		if x == nil {
			return nil
		}
		return encodePoint(c, x, y, "uncompressed")
	case len(b) == 1+2*size && (b[0] == 4 || b[0] == 6 || b[0] == 7):
		out := append([]byte{4}, b[1:]...)
		return out
	}
	return nil
}

func encodePoint(c elliptic.Curve, x, y *big.Int, format string) []byte {
	size := (c.Params().BitSize + 7) / 8
	xb := x.FillBytes(make([]byte, size))
	switch format {
	case "compressed":
		return append([]byte{byte(2 + y.Bit(0))}, xb...)
	case "hybrid":
		return append(append([]byte{byte(6 + y.Bit(0))}, xb...), y.FillBytes(make([]byte, size))...)
	}
	return append(append([]byte{4}, xb...), y.FillBytes(make([]byte, size))...)
}

func pointXY(c elliptic.Curve, uncompressed []byte) (*big.Int, *big.Int) {
	size := (c.Params().BitSize + 7) / 8
	return new(big.Int).SetBytes(uncompressed[1 : 1+size]), new(big.Int).SetBytes(uncompressed[1+size:])
}

func (vm *VM) installECDHHost(host *goja.Object) {
	rt := vm.RT
	arrayBuffer := func(b []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(b)) }
	// ecdh(curve) → handle, or null for a curve createECDH does not know.
	must(host.Set("ecdh", func(c goja.FunctionCall) goja.Value {
		curve, ok := ecdhCurves[c.Argument(0).String()]
		if !ok {
			return goja.Null()
		}
		ec := ecdhCurveOf(curve)
		var priv *ecdh.PrivateKey
		h := rt.NewObject()
		set := func(name string, f func(goja.FunctionCall) goja.Value) { must(h.Set(name, f)) }
		set("generate", func(goja.FunctionCall) goja.Value {
			k, err := ec.GenerateKey(nil)
			if err == nil {
				priv = k
			}
			return goja.Undefined()
		})
		// setPrivate(bytes) → whether the scalar is valid for the curve.
		set("setPrivate", func(c goja.FunctionCall) goja.Value {
			k, err := ec.NewPrivateKey(leftPad(bytesOf(rt, c.Argument(0)), (curve.Params().BitSize+7)/8))
			if err != nil {
				return rt.ToValue(false)
			}
			priv = k
			return rt.ToValue(true)
		})
		// publicKey(format) → ArrayBuffer, or null before a key exists.
		set("publicKey", func(c goja.FunctionCall) goja.Value {
			if priv == nil {
				return goja.Null()
			}
			x, y := pointXY(curve, priv.PublicKey().Bytes())
			return arrayBuffer(encodePoint(curve, x, y, c.Argument(0).String()))
		})
		set("privateKey", func(goja.FunctionCall) goja.Value {
			if priv == nil {
				return goja.Null()
			}
			return arrayBuffer(priv.Bytes())
		})
		// compute(point) → the shared secret, or null for a point not on
		// the curve.
		set("compute", func(c goja.FunctionCall) goja.Value {
			pt := decodePoint(curve, bytesOf(rt, c.Argument(0)))
			if pt == nil || priv == nil {
				return goja.Null()
			}
			pub, err := ec.NewPublicKey(pt)
			if err != nil {
				return goja.Null()
			}
			s, err := priv.ECDH(pub)
			if err != nil {
				return goja.Null()
			}
			return arrayBuffer(s)
		})
		return h
	}))
	// ecdhConvert(point, curve, format) → ArrayBuffer or null.
	must(host.Set("ecdhConvert", func(c goja.FunctionCall) goja.Value {
		curve, ok := ecdhCurves[c.Argument(1).String()]
		if !ok {
			return rt.ToValue("curve")
		}
		pt := decodePoint(curve, bytesOf(rt, c.Argument(0)))
		if pt == nil {
			return goja.Null()
		}
		x, y := pointXY(curve, pt)
		if !curve.IsOnCurve(x, y) {
			return goja.Null()
		}
		return arrayBuffer(encodePoint(curve, x, y, c.Argument(2).String()))
	}))
	// keyDH(private handle, public handle) → shared secret or a failure.
	must(host.Set("keyDH", func(c goja.FunctionCall) goja.Value {
		a := c.Argument(0).ToObject(rt).Get("k").Export().(*asymKey)
		b := c.Argument(1).ToObject(rt).Get("k").Export().(*asymKey)
		if ax, ok := a.priv.(*ecdh.PrivateKey); ok {
			bx, ok := b.pub.(*ecdh.PublicKey)
			if !ok {
				return rt.ToValue("type")
			}
			s, err := ax.ECDH(bx)
			if err != nil {
				return rt.ToValue("type")
			}
			return arrayBuffer(s)
		}
		ap, ok1 := a.priv.(*ecdsa.PrivateKey)
		bp, ok2 := b.pub.(*ecdsa.PublicKey)
		if !ok1 || !ok2 {
			return rt.ToValue("type")
		}
		if ap.Curve != bp.Curve {
			return rt.ToValue("curve")
		}
		ak, err1 := ap.ECDH()
		bk, err2 := bp.ECDH()
		if err1 != nil || err2 != nil {
			return rt.ToValue("type")
		}
		s, err := ak.ECDH(bk)
		if err != nil {
			return rt.ToValue("type")
		}
		return arrayBuffer(s)
	}))
}
