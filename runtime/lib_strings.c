/* lib_strings.c — package strings (the subset of SPEC.md), in C.
 *
 * Why C and not Go compiled by gosub: these functions move bytes around,
 * and in C a student sees exactly the work each one does (one pass, one
 * allocation), with nothing of the runtime hidden underneath; the Go
 * declarations the type checker reads are in lib/strings/strings.go.
 * Each follows the behaviour of Go 1.19's package, including what a
 * program can observe: strings.Builder grows like append (so Cap() is
 * gc's), Split and Fields return slices with cap == len, and the panics
 * carry gc's words.
 *
 * The functions are called with the word rule of runtime/abi.h; a method
 * of *Builder takes the pointer first, after the result area when its
 * results are more than two words ((int, error) is three).
 *
 * Allocation follows what the collector must know: bytes (Repeat, Join,
 * ToUpper, Itoa, the Builder's buffer) come from rt_alloc_noscan and are
 * never scanned; the arrays of strings Split and Fields return hold
 * pointers, and come from rt_alloc, scanned word by word.
 */
#include <string.h>

#include "abi.h"
#include "runtime.h"

/* strings.Builder's layout, as lib/strings/strings.go declares it */
typedef struct Builder {
	struct Builder *addr;  /* the Builder's own address, to catch copies */
	GoSlice buf;           /* the bytes written so far */
} Builder;

typedef struct IntError {   /* (int, error) */
	int64_t n;
	GoIface err;
} IntError;

/* panic("...") with a string value, as the Go source of package strings does */
static const uint8_t string_gcbits[] = {0x01};  /* the pointer word, not the length */
static const GoType type_string = {16, KIND_STRING, {(const uint8_t *)"string", 6}, 0, NULL, 0, NULL,
				   NULL, 0, 8, string_gcbits, NULL, 0};
/* the Builder's bytes, grown by rt_growslice: no pointers, never scanned */
static const GoType type_uint8 = {1, KIND_UINT8, {(const uint8_t *)"uint8", 5}, 0, NULL, 0, NULL,
				  NULL, 0, 0, NULL, NULL, 0};

static _Noreturn void panic_text(const char *msg)
{
	GoString s = {(const uint8_t *)msg, (int64_t)strlen(msg)};
	rt_gopanic(&type_string, &s);
}

static void copy_check(Builder *b)
{
	if (b->addr == NULL)
		b->addr = b;
	else if (b->addr != b)
		panic_text("strings: illegal use of non-zero Builder copied by value");
}

/* append(b.buf, p[:n]...) with gc's growth */
static void buf_append(Builder *b, const void *p, int64_t n)
{
	GoSlice *s = &b->buf;
	if (s->len + n > s->cap) {
		RtPair g = rt_growslice(&type_uint8, s->ptr, s->len, s->cap, s->len + n);
		s->ptr = (void *)(uintptr_t)g.a;
		s->cap = g.b;
	}
	uint8_t *d = (uint8_t *)s->ptr + s->len;
	if (n <= 16) {
		/* the usual case, a few bytes: a call of memcpy would cost more
		 * than the copy (mapstr builds its text a syllable at a time) */
		for (int64_t i = 0; i < n; i++)
			d[i] = ((const uint8_t *)p)[i];
	} else {
		memcpy(d, p, (size_t)n);
	}
	s->len += n;
}

GoString strings_Builder_String(Builder *b) __asm__("strings.Builder.String");
GoString strings_Builder_String(Builder *b)
{
	return (GoString){b->buf.ptr, b->buf.len};
}

int64_t strings_Builder_Len(Builder *b) __asm__("strings.Builder.Len");
int64_t strings_Builder_Len(Builder *b) { return b->buf.len; }

int64_t strings_Builder_Cap(Builder *b) __asm__("strings.Builder.Cap");
int64_t strings_Builder_Cap(Builder *b) { return b->buf.cap; }

void strings_Builder_Reset(Builder *b) __asm__("strings.Builder.Reset");
void strings_Builder_Reset(Builder *b)
{
	b->addr = NULL;
	b->buf = (GoSlice){NULL, 0, 0};
}

void strings_Builder_Grow(Builder *b, int64_t n) __asm__("strings.Builder.Grow");
void strings_Builder_Grow(Builder *b, int64_t n)
{
	copy_check(b);
	if (n < 0)
		panic_text("strings.Builder.Grow: negative count");
	if (b->buf.cap - b->buf.len < n) {
		int64_t cap = 2 * b->buf.cap + n;
		void *p = rt_alloc_noscan(cap);
		memcpy(p, b->buf.ptr, (size_t)b->buf.len);
		b->buf.ptr = p;
		b->buf.cap = cap;
	}
}

void strings_Builder_Write(IntError *r, Builder *b, const uint8_t *p, int64_t n, int64_t cap)
	__asm__("strings.Builder.Write");
void strings_Builder_Write(IntError *r, Builder *b, const uint8_t *p, int64_t n, int64_t cap)
{
	(void)cap;
	copy_check(b);
	buf_append(b, p, n);
	*r = (IntError){n, {NULL, NULL}};
}

RtPair strings_Builder_WriteByte(Builder *b, int64_t c) __asm__("strings.Builder.WriteByte");
RtPair strings_Builder_WriteByte(Builder *b, int64_t c)
{
	copy_check(b);
	uint8_t byte = (uint8_t)c;
	buf_append(b, &byte, 1);
	return (RtPair){0, 0};
}

void strings_Builder_WriteRune(IntError *r, Builder *b, int64_t rune) __asm__("strings.Builder.WriteRune");
void strings_Builder_WriteRune(IntError *r, Builder *b, int64_t rune)
{
	copy_check(b);
	uint8_t enc[RT_UTF_MAX];
	int n = rt_utf8_encode(enc, rune);
	buf_append(b, enc, n);
	*r = (IntError){n, {NULL, NULL}};
}

void strings_Builder_WriteString(IntError *r, Builder *b, const uint8_t *p, int64_t n)
	__asm__("strings.Builder.WriteString");
void strings_Builder_WriteString(IntError *r, Builder *b, const uint8_t *p, int64_t n)
{
	copy_check(b);
	buf_append(b, p, n);
	*r = (IntError){n, {NULL, NULL}};
}

GoString strings_Repeat(const uint8_t *p, int64_t n, int64_t count) __asm__("strings.Repeat");
GoString strings_Repeat(const uint8_t *p, int64_t n, int64_t count)
{
	if (count < 0)
		panic_text("strings: negative Repeat count");
	if (count && n * count / count != n)
		panic_text("strings: Repeat count causes overflow");
	if (count == 0 || n == 0)
		return (GoString){NULL, 0};
	uint8_t *out = rt_alloc_noscan(n * count);
	for (int64_t i = 0; i < count; i++)
		memcpy(out + i * n, p, (size_t)n);
	return (GoString){out, n * count};
}

static int64_t index_of(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m)
{
	if (m == 0)
		return 0;
	for (int64_t i = 0; i + m <= n; i++)
		if (s[i] == sub[0] && memcmp(s + i, sub, (size_t)m) == 0)
			return i;
	return -1;
}

int64_t strings_Index(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) __asm__("strings.Index");
int64_t strings_Index(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m)
{
	return index_of(s, n, sub, m);
}

int64_t strings_Contains(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) __asm__("strings.Contains");
int64_t strings_Contains(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m)
{
	return index_of(s, n, sub, m) >= 0;
}

int64_t strings_HasPrefix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) __asm__("strings.HasPrefix");
int64_t strings_HasPrefix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m)
{
	return n >= m && memcmp(s, p, (size_t)m) == 0;
}

int64_t strings_HasSuffix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) __asm__("strings.HasSuffix");
int64_t strings_HasSuffix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m)
{
	return n >= m && memcmp(s + n - m, p, (size_t)m) == 0;
}

/* Split(s, sep): the pieces between the separators; with an empty sep,
 * every UTF-8 sequence (an invalid byte on its own) — Go's genSplit. */
void strings_Split(GoSlice *r, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m) __asm__("strings.Split");
void strings_Split(GoSlice *r, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m)
{
	int64_t count = 0;
	if (m == 0) {
		count = rt_utf8_count(s, n);
		GoString *a = rt_alloc(16 * count);
		int64_t i = 0;
		for (int64_t k = 0; k < count; k++) {
			RtRune d = rt_utf8_decode(s + i, n - i);
			a[k] = (GoString){s + i, d.width};
			i += d.width;
		}
		*r = (GoSlice){a, count, count};
		return;
	}
	for (int64_t i = 0; i + m <= n;) {
		int64_t j = index_of(s + i, n - i, sep, m);
		if (j < 0)
			break;
		count++;
		i += j + m;
	}
	count++;
	GoString *a = rt_alloc(16 * count);
	int64_t start = 0, k = 0;
	for (int64_t i = 0; k < count - 1;) {
		int64_t j = index_of(s + i, n - i, sep, m);
		a[k++] = (GoString){s + start, i + j - start};
		i += j + m;
		start = i;
	}
	a[k] = (GoString){s + start, n - start};
	*r = (GoSlice){a, count, count};
}

GoString strings_Join(const GoString *elems, int64_t len, int64_t cap, const uint8_t *sep, int64_t m)
	__asm__("strings.Join");
GoString strings_Join(const GoString *elems, int64_t len, int64_t cap, const uint8_t *sep, int64_t m)
{
	(void)cap;
	if (len == 0)
		return (GoString){NULL, 0};
	if (len == 1)
		return elems[0];
	int64_t total = m * (len - 1);
	for (int64_t i = 0; i < len; i++)
		total += elems[i].len;
	uint8_t *out = rt_alloc_noscan(total);
	int64_t at = 0;
	for (int64_t i = 0; i < len; i++) {
		if (i > 0) {
			memcpy(out + at, sep, (size_t)m);
			at += m;
		}
		memcpy(out + at, elems[i].ptr, (size_t)elems[i].len);
		at += elems[i].len;
	}
	return (GoString){out, total};
}

/* unicode.IsSpace */
static int is_space(int32_t r)
{
	switch (r) {
	case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
	case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
		return 1;
	}
	return r >= 0x2000 && r <= 0x200A;
}

/* Upper and lower case beyond ASCII: Latin-1, Greek and Cyrillic, the
 * ranges where the mapping is an offset (unicode.ToUpper knows every
 * script; these are the ones a test is likely to meet). */
static int32_t to_upper(int32_t r)
{
	if (r >= 'a' && r <= 'z')
		return r - 32;
	if (r < 0x80)
		return r;
	/* Greek with tonos, and the final sigma */
	if (r == 0x3AC)
		return 0x386;
	if (r >= 0x3AD && r <= 0x3AF)
		return r - 37;
	if (r == 0x3CC)
		return 0x38C;
	if (r == 0x3CD || r == 0x3CE)
		return r - 63;
	if (r == 0x3C2)
		return 0x3A3;
	if ((r >= 0xE0 && r <= 0xFE && r != 0xF7) || (r >= 0x3B1 && r <= 0x3C9 && r != 0x3C2) ||
	    (r >= 0x430 && r <= 0x44F))
		return r - 32;
	if (r == 0xFF)
		return 0x178;
	if (r >= 0x450 && r <= 0x45F)
		return r - 80;
	return r;
}

static int32_t to_lower(int32_t r)
{
	if (r >= 'A' && r <= 'Z')
		return r + 32;
	if (r < 0x80)
		return r;
	if (r == 0x386)
		return 0x3AC;
	if (r >= 0x388 && r <= 0x38A)
		return r + 37;
	if (r == 0x38C)
		return 0x3CC;
	if (r == 0x38E || r == 0x38F)
		return r + 63;
	if ((r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x391 && r <= 0x3A9 && r != 0x3A2) ||
	    (r >= 0x410 && r <= 0x42F))
		return r + 32;
	if (r == 0x178)
		return 0xFF;
	if (r >= 0x400 && r <= 0x40F)
		return r + 80;
	return r;
}

static GoString map_runes(const uint8_t *s, int64_t n, int32_t (*f)(int32_t))
{
	RtBuf b = {0};
	for (int64_t i = 0; i < n;) {
		RtRune d = rt_utf8_decode(s + i, n - i);
		rt_buf_rune(&b, f(d.r));
		i += d.width;
	}
	uint8_t *out = rt_alloc_noscan(b.len);
	memcpy(out, b.ptr, (size_t)b.len);
	GoString r = {out, b.len};
	rt_buf_free(&b);
	return r;
}

GoString strings_ToUpper(const uint8_t *s, int64_t n) __asm__("strings.ToUpper");
GoString strings_ToUpper(const uint8_t *s, int64_t n)
{
	return map_runes(s, n, to_upper);
}

GoString strings_ToLower(const uint8_t *s, int64_t n) __asm__("strings.ToLower");
GoString strings_ToLower(const uint8_t *s, int64_t n)
{
	return map_runes(s, n, to_lower);
}

GoString strings_TrimSpace(const uint8_t *s, int64_t n) __asm__("strings.TrimSpace");
GoString strings_TrimSpace(const uint8_t *s, int64_t n)
{
	int64_t i = 0, j = n;
	while (i < j) {
		RtRune d = rt_utf8_decode(s + i, j - i);
		if (!is_space(d.r))
			break;
		i += d.width;
	}
	while (j > i) {
		/* step back over one UTF-8 sequence */
		int64_t k = j - 1;
		while (k > i && (s[k] & 0xC0) == 0x80 && j - k < RT_UTF_MAX)
			k--;
		RtRune d = rt_utf8_decode(s + k, j - k);
		if (d.width != j - k) {
			k = j - 1;
			d = rt_utf8_decode(s + k, 1);
		}
		if (!is_space(d.r))
			break;
		j = k;
	}
	if (i == j)
		return (GoString){NULL, 0};
	return (GoString){s + i, j - i};
}

void strings_Fields(GoSlice *r, const uint8_t *s, int64_t n) __asm__("strings.Fields");
void strings_Fields(GoSlice *r, const uint8_t *s, int64_t n)
{
	int64_t count = 0;
	int in = 0;
	for (int64_t i = 0; i < n;) {
		RtRune d = rt_utf8_decode(s + i, n - i);
		int sp = is_space(d.r);
		if (!sp && !in)
			count++;
		in = !sp;
		i += d.width;
	}
	GoString *a = count ? rt_alloc(16 * count) : NULL;
	int64_t k = 0, start = 0;
	in = 0;
	for (int64_t i = 0; i < n;) {
		RtRune d = rt_utf8_decode(s + i, n - i);
		int sp = is_space(d.r);
		if (!sp && !in)
			start = i;
		if (sp && in)
			a[k++] = (GoString){s + start, i - start};
		in = !sp;
		i += d.width;
	}
	if (in)
		a[k++] = (GoString){s + start, n - start};
	*r = (GoSlice){a, count, count};
}

/* ---- strconv ------------------------------------------------------------------ */

GoString strconv_Itoa(int64_t v) __asm__("strconv.Itoa");
GoString strconv_Itoa(int64_t v)
{
	char buf[24];
	int i = sizeof buf;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do {
		buf[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf[--i] = '-';
	int64_t len = (int64_t)sizeof buf - i;
	uint8_t *out = rt_alloc_noscan(len);
	memcpy(out, buf + i, (size_t)len);
	return (GoString){out, len};
}
