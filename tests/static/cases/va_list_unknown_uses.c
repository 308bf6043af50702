// A va_list handed where the analysis does not follow it: four functions deep, through a
// function pointer, or kept by va_copy in a struct: what the variadic pointers point at may
// be written there (as by vsscanf: possible races). Before, each write was lost and the
// program was proved race-free. A struct inside a union, reached through a thread's pointer
// to it (&v.h), is the union's location: its members' writes may not meet, so they race
// possibly, not definitely.
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

static int a, b, c;

static int l4(const char *s, const char *f, va_list ap) { return vsscanf(s, f, ap); }
static int l3(const char *s, const char *f, va_list ap) { return l4(s, f, ap); }
static int l2(const char *s, const char *f, va_list ap) { return l3(s, f, ap); }
static int l1(const char *s, const char *f, va_list ap) { return l2(s, f, ap); }
static int deep(const char *s, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    int n = l1(s, f, ap);
    va_end(ap);
    return n;
}

// INCOMPLETE: the call through scan_fn (a library function's address) is not resolved
static int (*scan_fn)(const char *, const char *, va_list) = vsscanf;
static int via_pointer(const char *s, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    int n = scan_fn(s, f, ap);
    va_end(ap);
    return n;
}

struct ctx { const char *s, *f; va_list ap; };
static int scan_ctx(struct ctx *p) { return vsscanf(p->s, p->f, p->ap); }
static int kept(const char *s, const char *f, ...)
{
    struct ctx x = { s, f };
    va_list ap;
    va_start(ap, f);
    va_copy(x.ap, ap);
    int n = scan_ctx(&x);
    va_end(x.ap);
    va_end(ap);
    return n;
}

struct halves { uint16_t lo, hi; };
union split { struct halves h; uint32_t word; };
static union split v;

static void *lo_writer(void *arg)
{
    struct halves *p = arg;
    p->lo = 1; // RACE (possible)
    return NULL;
}

static void *hi_writer(void *arg)
{
    struct halves *p = arg;
    p->hi = 2; // RACE (possible)
    return NULL;
}

static void *parser(void *arg)
{
    (void)arg;
    int n = deep("1", "%d", &a);
    n += via_pointer("2", "%d", &b);
    n += kept("3", "%d", &c);
    return (void *)(long)n;
}

int main(void)
{
    pthread_t t, x, y;
    pthread_create(&t, NULL, parser, NULL);
    pthread_create(&x, NULL, lo_writer, &v.h);
    pthread_create(&y, NULL, hi_writer, &v.h);
    int s = a; // RACE (possible)
    s += b; // RACE (possible)
    s += c; // RACE (possible)
    pthread_join(t, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return s;
}
