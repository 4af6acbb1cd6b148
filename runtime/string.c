/* string.c — Go strings: concatenation, comparison, conversions, UTF-8.
 *
 * A Go string is an immutable {ptr, len} pair (abi.h's GoString); nothing
 * marks its end and nothing may write through ptr.  Immutability is what
 * lets these functions share bytes freely: "" + s returns s itself, and a
 * substring is just a narrower pair the compiler makes without calling
 * here.  Whatever makes a new string (or []byte, []rune) allocates it with
 * rt_alloc_noscan: the bytes hold no pointers, so the collector never
 * looks inside them.
 *
 * Conversions between strings and runes follow the Go spec (Conversions
 * to and from a string type) and the unicode/utf8 package exactly:
 *
 *   string(r)         an invalid code point (negative, a surrogate
 *                     D800..DFFF, above 10FFFF, or any int64 that is not a
 *                     rune at all) gives "\uFFFD"
 *   []rune(s), range  each invalid byte decodes as U+FFFD and advances
 *                     by one byte, so "a\xffb" is 'a', 0xFFFD, 'b'
 *   string(runes)     invalid runes are encoded as U+FFFD (3 bytes)
 *
 * "Invalid" for decoding means what utf8.DecodeRuneInString rejects: a
 * stray continuation byte, a truncated sequence, an overlong encoding
 * ("\xc0\x80" is two errors, not a NUL), an encoded surrogate, or a value
 * above 10FFFF.  The accepted ranges of the second byte depend on the
 * first, as in the table of Unicode 3.9 (Table 3-7, well-formed UTF-8):
 *
 *     first byte   second byte
 *     E0           A0..BF   (no overlong 3-byte forms)
 *     ED           80..9F   (no surrogates)
 *     F0           90..BF   (no overlong 4-byte forms)
 *     F4           80..8F   (nothing above 10FFFF)
 *     others       80..BF
 */
#include <string.h>

#include "runtime.h"

/* ---- UTF-8 ------------------------------------------------------------------ */

RtRune rt_utf8_decode(const uint8_t *p, int64_t len)
{
	RtRune bad = {RT_RUNE_ERROR, 1};
	if (len <= 0)
		return (RtRune){RT_RUNE_ERROR, 0};
	uint8_t c = p[0];
	if (c < 0x80)
		return (RtRune){c, 1};
	int n;             /* bytes in the sequence c starts */
	uint8_t lo = 0x80; /* range of the second byte */
	uint8_t hi = 0xBF;
	int32_t r;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		r = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		r = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		r = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		return bad;  /* a continuation byte, C0, C1 or F5..FF */
	}
	if (len < n || p[1] < lo || p[1] > hi)
		return bad;
	r = (r << 6) | (p[1] & 0x3F);
	for (int i = 2; i < n; i++) {
		if (p[i] < 0x80 || p[i] > 0xBF)
			return bad;
		r = (r << 6) | (p[i] & 0x3F);
	}
	return (RtRune){r, n};
}

int rt_utf8_encode(uint8_t *out, int64_t r)
{
	if (r < 0 || r > RT_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		r = RT_RUNE_ERROR;
	if (r < 0x80) {
		out[0] = (uint8_t)r;
		return 1;
	}
	if (r < 0x800) {
		out[0] = (uint8_t)(0xC0 | (r >> 6));
		out[1] = (uint8_t)(0x80 | (r & 0x3F));
		return 2;
	}
	if (r < 0x10000) {
		out[0] = (uint8_t)(0xE0 | (r >> 12));
		out[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
		out[2] = (uint8_t)(0x80 | (r & 0x3F));
		return 3;
	}
	out[0] = (uint8_t)(0xF0 | (r >> 18));
	out[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
	out[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
	out[3] = (uint8_t)(0x80 | (r & 0x3F));
	return 4;
}

/* Bytes rt_utf8_encode writes for r. */
static int64_t utf8_len(int64_t r)
{
	if (r < 0 || r > RT_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		return 3;
	return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

int64_t rt_utf8_count(const uint8_t *p, int64_t len)
{
	int64_t n = 0;
	for (int64_t i = 0; i < len; n++)
		i += p[i] < 0x80 ? 1 : rt_utf8_decode(p + i, len - i).width;
	return n;
}

/* ---- building strings ------------------------------------------------------- */

/* A fresh string of len bytes copied from p; the empty string has no
 * bytes at all. */
static GoString string_copy(const uint8_t *p, int64_t len)
{
	if (len == 0)
		return (GoString){NULL, 0};
	uint8_t *s = rt_alloc_noscan(len);
	memcpy(s, p, (size_t)len);
	return (GoString){s, len};
}

/* The buffers of a concatenation or conversion whose result does not
 * escape (escape analysis gives the call a slot in the caller's frame,
 * else NULL): gc's tmpBuf, 32 bytes, and 32 runes for []rune(s).  A
 * result that fits is built there instead of on the heap. */

GoString rt_concatstring2(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen, uint8_t *buf)
{
	GoString parts[2] = {{a, alen}, {b, blen}};
	return rt_concatstrings(parts, 2, buf);
}

GoString rt_concatstrings(const GoString *parts, int64_t n, uint8_t *buf)
{
	int64_t total = 0, nonempty = 0, last = 0;
	for (int64_t i = 0; i < n; i++) {
		if (parts[i].len == 0)
			continue;
		total += parts[i].len;
		nonempty++;
		last = i;
	}
	if (nonempty == 0)
		return (GoString){NULL, 0};
	/* One non-empty operand: the result is that string, shared, unless
	 * the result escapes (no buf) and the operand's bytes are in a frame,
	 * built in another call's buffer: then they are copied, as gc does
	 * (stringDataOnStack). */
	if (nonempty == 1 && (buf || !rt_on_stack(parts[last].ptr)))
		return parts[last];
	uint8_t *s = buf && total <= ABI_TMP_BUF ? buf : rt_alloc_noscan(total), *at = s;
	for (int64_t i = 0; i < n; i++) {
		if (parts[i].len > 0)
			memcpy(at, parts[i].ptr, (size_t)parts[i].len);
		at += parts[i].len;
	}
	return (GoString){s, total};
}

/* ---- comparing strings ---------------------------------------------------------- */

/* Go spec: Comparison operators — strings compare lexically byte-wise. */
int64_t rt_cmpstring(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen)
{
	int64_t n = alen < blen ? alen : blen;
	int c = n > 0 ? memcmp(a, b, (size_t)n) : 0;
	if (c != 0)
		return c < 0 ? -1 : 1;
	return alen < blen ? -1 : alen > blen ? 1 : 0;
}

/* a == b for arrays and structs whose bytes are their value (integers,
 * booleans, pointers; no strings inside, no padding): one memcmp. */
int64_t rt_memequal(const void *a, const void *b, int64_t size)
{
	return memcmp(a, b, (size_t)size) == 0;
}

int64_t rt_eqstring(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen)
{
	if (alen != blen)
		return 0;
	return a == b || alen == 0 || memcmp(a, b, (size_t)alen) == 0;
}

/* ---- conversions ------------------------------------------------------------------ */

GoString rt_intstring(int64_t rune)
{
	uint8_t buf[RT_UTF_MAX];
	int n = rt_utf8_encode(buf, rune);
	return string_copy(buf, n);
}

GoString rt_slicebytetostring(const uint8_t *p, int64_t len, uint8_t *buf)
{
	if (buf && len > 0 && len <= ABI_TMP_BUF) {
		memcpy(buf, p, (size_t)len);
		return (GoString){buf, len};
	}
	return string_copy(p, len);
}

/* []byte(s): a slice with gc's capacity, the buffer's 32 bytes or the
 * allocation's size class, whose bytes past the length are zero. */
void rt_stringtoslicebyte(GoSlice *ret, const uint8_t *p, int64_t len, uint8_t *buf)
{
	uint8_t *b;
	int64_t cap;
	if (buf && len <= ABI_TMP_BUF) {
		memset(buf, 0, ABI_TMP_BUF);
		b = buf;
		cap = ABI_TMP_BUF;
	} else {
		cap = (int64_t)rt_roundupsize((uint64_t)len);
		b = rt_alloc_noscan(cap);
	}
	if (len > 0)
		memcpy(b, p, (size_t)len);
	*ret = (GoSlice){b, len, cap};
}

void rt_stringtoslicerune(GoSlice *ret, const uint8_t *p, int64_t len, int32_t *buf)
{
	int64_t n = rt_utf8_count(p, len), cap;
	int32_t *r;
	if (buf && n <= ABI_TMP_BUF) {
		memset(buf, 0, ABI_TMP_BUF * 4);
		r = buf;
		cap = ABI_TMP_BUF;
	} else {
		cap = (int64_t)(rt_roundupsize((uint64_t)n * 4) / 4);
		r = rt_alloc_noscan(cap * 4);
	}
	int64_t k = 0;
	for (int64_t i = 0; i < len; k++) {
		RtRune d = rt_utf8_decode(p + i, len - i);
		r[k] = d.r;
		i += d.width;
	}
	*ret = (GoSlice){r, n, cap};
}

GoString rt_slicerunetostring(const int32_t *p, int64_t len, uint8_t *buf)
{
	int64_t total = 0;
	for (int64_t i = 0; i < len; i++)
		total += utf8_len(p[i]);
	if (total == 0)
		return (GoString){NULL, 0};
	uint8_t *s = buf && total <= ABI_TMP_BUF ? buf : rt_alloc_noscan(total), *at = s;
	for (int64_t i = 0; i < len; i++)
		at += rt_utf8_encode(at, p[i]);
	return (GoString){s, total};
}

/* for i, r := range s: the rune at s[k] and the index after it.  The
 * compiler may handle ASCII itself and call here only for s[k] >= 0x80;
 * both ways give the same answer. */
RtPair rt_decoderune(const uint8_t *p, int64_t len, int64_t k)
{
	RtRune d = rt_utf8_decode(p + k, len - k);
	return (RtPair){d.r, k + d.width};
}
