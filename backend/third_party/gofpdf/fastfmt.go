package gofpdf

// HallDesk's change to upstream v1.16.2: the page content is written with the few verbs
// gofpdf's operators use (%d, %s, %.Nf, %.NF, %%) formatted by strconv, which is what
// fmt.Sprintf produces for them, without its reflection. Any other verb, flag, width or argument
// type goes to fmt.Sprintf unchanged.

import (
	"fmt"
	"math"
	"strconv"
)

// sprintf is fmt.Sprintf for gofpdf's format strings.
func sprintf(fmtStr string, args ...interface{}) string {
	var small [128]byte
	b, ok := appendFormat(small[:0], fmtStr, args)
	if !ok {
		return fmt.Sprintf(fmtStr, args...)
	}
	return string(b)
}

// appendFormat appends fmtStr formatted with args to b, or reports false when the format needs
// more than it handles (the caller then uses fmt).
func appendFormat(b []byte, fmtStr string, args []interface{}) ([]byte, bool) {
	n := 0
	for i := 0; i < len(fmtStr); i++ {
		c := fmtStr[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		if i >= len(fmtStr) {
			return b, false
		}
		if fmtStr[i] == '%' {
			b = append(b, '%')
			continue
		}
		if n >= len(args) {
			return b, false
		}
		arg := args[n]
		n++
		switch fmtStr[i] {
		case 'd':
			switch v := arg.(type) {
			case int:
				b = strconv.AppendInt(b, int64(v), 10)
			case int64:
				b = strconv.AppendInt(b, v, 10)
			default:
				return b, false
			}
		case 's':
			v, ok := arg.(string)
			if !ok {
				return b, false
			}
			b = append(b, v...)
		case '.':
			// %.Nf or %.NF with one digit N
			if i+2 >= len(fmtStr) || fmtStr[i+1] < '0' || fmtStr[i+1] > '9' || (fmtStr[i+2] != 'f' && fmtStr[i+2] != 'F') {
				return b, false
			}
			v, ok := arg.(float64)
			if !ok {
				return b, false
			}
			b = appendFixed(b, v, int(fmtStr[i+1]-'0'))
			i += 2
		default:
			return b, false
		}
	}
	return b, n == len(args)
}

// pow10 are the powers of ten appendFixed scales by.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

// appendFixed is strconv.AppendFloat(b, v, 'f', prec, 64), quicker for the coordinates of a
// page: v scaled by 10^prec is rounded to an integer when it is far enough from a half for the
// one rounding of the multiplication not to matter (a product below 1e12 is off by less than
// 1.2e-4); the rest (near halves, large or odd values) goes to strconv.
func appendFixed(b []byte, v float64, prec int) []byte {
	if prec >= len(pow10) {
		return strconv.AppendFloat(b, v, 'f', prec, 64)
	}
	a := math.Abs(v) * pow10[prec]
	if !(a < 1e12) { // also NaN and infinities
		return strconv.AppendFloat(b, v, 'f', prec, 64)
	}
	whole := math.Floor(a)
	frac := a - whole
	if math.Abs(frac-0.5) < 1e-3 {
		return strconv.AppendFloat(b, v, 'f', prec, 64)
	}
	n := uint64(whole)
	if frac > 0.5 {
		n++
	}
	if math.Signbit(v) {
		b = append(b, '-')
	}
	var tmp [24]byte
	d := strconv.AppendUint(tmp[:0], n, 10)
	for len(d) <= prec { // at least one digit before the point
		d = append([]byte{'0'}, d...)
	}
	b = append(b, d[:len(d)-prec]...)
	if prec > 0 {
		b = append(b, '.')
		b = append(b, d[len(d)-prec:]...)
	}
	return b
}
