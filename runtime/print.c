/* print.c — the print and println builtins, and raw output.
 *
 * Go's print and println are not fmt: they are the runtime's own debugging
 * output, written to standard error, and they know only basic values.
 * The compiler breaks each call into one runtime call per operand, and for
 * println adds the separators and the newline itself:
 *
 *     println("x =", x, p)   ->  rt_printstring("x =", 3); rt_printsp();
 *                                rt_printint(x); rt_printsp();
 *                                rt_printpointer(p); rt_printnl();
 *
 * The forms are gc's: integers in decimal (an unsigned 64-bit value
 * never turns negative), booleans as true/false, strings raw, pointers as
 * 0x and lower-case hex with no padding (a nil pointer is 0x0).
 *
 * Every call writes at once with write(2), unbuffered, like gc's runtime;
 * rt_write_all is the one place the runtime writes to a file descriptor.
 */
#include <errno.h>
#include <unistd.h>

#include "runtime.h"

void rt_write_all(int fd, const void *p, int64_t n)
{
	const uint8_t *b = p;
	while (n > 0) {
		ssize_t w = write(fd, b, (size_t)n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		b += w;
		n -= w;
	}
}

/* Decimal digits of u, written backwards ending at end; returns the start. */
static char *print_decimal(char *end, uint64_t u)
{
	do {
		*--end = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	return end;
}

void rt_printint(int64_t v)
{
	char buf[24], *end = buf + sizeof buf;
	/* the magnitude as unsigned, so the most negative value survives */
	uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
	char *p = print_decimal(end, u);
	if (v < 0)
		*--p = '-';
	rt_write_all(2, p, end - p);
}

void rt_printuint(uint64_t v)
{
	char buf[24], *end = buf + sizeof buf;
	char *p = print_decimal(end, v);
	rt_write_all(2, p, end - p);
}

void rt_printbool(int64_t v)
{
	if (v)
		rt_write_all(2, "true", 4);
	else
		rt_write_all(2, "false", 5);
}

void rt_printstring(const uint8_t *p, int64_t len)
{
	rt_write_all(2, p, len);
}

void rt_printpointer(void *p)
{
	char buf[24], *end = buf + sizeof buf, *s = end;
	uintptr_t u = (uintptr_t)p;
	do {
		*--s = "0123456789abcdef"[u & 15];
		u >>= 4;
	} while (u != 0);
	*--s = 'x';
	*--s = '0';
	rt_write_all(2, s, end - s);
}

void rt_printsp(void)
{
	rt_write_all(2, " ", 1);
}

void rt_printnl(void)
{
	rt_write_all(2, "\n", 1);
}
