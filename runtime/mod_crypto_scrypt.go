package runtime

// scrypt (RFC 7914) for node:crypto's scrypt/scryptSync: the standard
// library has PBKDF2 but not scrypt, so the Salsa20/8 core, BlockMix and
// ROMix are written here from the RFC's definitions.

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/binary"
	"math/bits"
)

// scryptMemory is what OpenSSL's EVP_PBE_scrypt counts against maxmem:
// the p·128·r bytes of B and the 128·r·(N+2) bytes of V and its scratch.
func scryptMemory(n, r, p uint64) uint64 {
	return p*128*r + 128*r*(n+2)
}

func scryptKey(password, salt []byte, n, r, p, keyLen int) []byte {
	b, err := pbkdf2.Key(sha256.New, string(password), salt, 1, p*128*r)
	if err != nil {
		return nil
	}
	x := make([]uint32, 32*r)
	v := make([]uint32, 32*r*n)
	y := make([]uint32, 32*r)
	for i := 0; i < p; i++ {
		romix(b[i*128*r:(i+1)*128*r], x, y, v, n, r)
	}
	k, err := pbkdf2.Key(sha256.New, string(password), b, 1, keyLen)
	if err != nil {
		return nil
	}
	return k
}

// romix is ROMix on one 128·r-byte block, in place; x, y and v are
// scratch of 32·r, 32·r and 32·r·N words.
func romix(block []byte, x, y, v []uint32, n, r int) {
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	words := 32 * r
	for i := 0; i < n; i++ {
		copy(v[i*words:], x)
		blockMix(x, y, r)
	}
	for i := 0; i < n; i++ {
		// Integerify: the first word of the last 64-byte block (N is a
		// power of two below 2^32, so its low 32 bits decide).
		j := int(x[words-16] & uint32(n-1))
		vj := v[j*words : (j+1)*words]
		for k := range x {
			x[k] ^= vj[k]
		}
		blockMix(x, y, r)
	}
	for i := range x {
		binary.LittleEndian.PutUint32(block[4*i:], x[i])
	}
}

// blockMix is BlockMix_{Salsa20/8, r} on b (2r 16-word blocks), using y
// as scratch: even outputs go to the first half, odd to the second.
func blockMix(b, y []uint32, r int) {
	var t [16]uint32
	copy(t[:], b[(2*r-1)*16:])
	for i := 0; i < 2*r; i++ {
		for k := 0; k < 16; k++ {
			t[k] ^= b[i*16+k]
		}
		salsa208(&t)
		dst := (i/2)*16 + (i%2)*r*16
		copy(y[dst:dst+16], t[:])
	}
	copy(b, y)
}

func salsa208(b *[16]uint32) {
	x := *b
	for i := 0; i < 8; i += 2 {
		// Column round.
		x[4] ^= bits.RotateLeft32(x[0]+x[12], 7)
		x[8] ^= bits.RotateLeft32(x[4]+x[0], 9)
		x[12] ^= bits.RotateLeft32(x[8]+x[4], 13)
		x[0] ^= bits.RotateLeft32(x[12]+x[8], 18)
		x[9] ^= bits.RotateLeft32(x[5]+x[1], 7)
		x[13] ^= bits.RotateLeft32(x[9]+x[5], 9)
		x[1] ^= bits.RotateLeft32(x[13]+x[9], 13)
		x[5] ^= bits.RotateLeft32(x[1]+x[13], 18)
		x[14] ^= bits.RotateLeft32(x[10]+x[6], 7)
		x[2] ^= bits.RotateLeft32(x[14]+x[10], 9)
		x[6] ^= bits.RotateLeft32(x[2]+x[14], 13)
		x[10] ^= bits.RotateLeft32(x[6]+x[2], 18)
		x[3] ^= bits.RotateLeft32(x[15]+x[11], 7)
		x[7] ^= bits.RotateLeft32(x[3]+x[15], 9)
		x[11] ^= bits.RotateLeft32(x[7]+x[3], 13)
		x[15] ^= bits.RotateLeft32(x[11]+x[7], 18)
		// Row round.
		x[1] ^= bits.RotateLeft32(x[0]+x[3], 7)
		x[2] ^= bits.RotateLeft32(x[1]+x[0], 9)
		x[3] ^= bits.RotateLeft32(x[2]+x[1], 13)
		x[0] ^= bits.RotateLeft32(x[3]+x[2], 18)
		x[6] ^= bits.RotateLeft32(x[5]+x[4], 7)
		x[7] ^= bits.RotateLeft32(x[6]+x[5], 9)
		x[4] ^= bits.RotateLeft32(x[7]+x[6], 13)
		x[5] ^= bits.RotateLeft32(x[4]+x[7], 18)
		x[11] ^= bits.RotateLeft32(x[10]+x[9], 7)
		x[8] ^= bits.RotateLeft32(x[11]+x[10], 9)
		x[9] ^= bits.RotateLeft32(x[8]+x[11], 13)
		x[10] ^= bits.RotateLeft32(x[9]+x[8], 18)
		x[12] ^= bits.RotateLeft32(x[15]+x[14], 7)
		x[13] ^= bits.RotateLeft32(x[12]+x[15], 9)
		x[14] ^= bits.RotateLeft32(x[13]+x[12], 13)
		x[15] ^= bits.RotateLeft32(x[14]+x[13], 18)
	}
	for i := range b {
		b[i] += x[i]
	}
}
