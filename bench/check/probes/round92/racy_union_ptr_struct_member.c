/* racy: q = &o.u.s points into union u of struct o; q->hi is the same bytes as the upper
   half of o.u.w; two threads write q->hi and o.u.w with no lock. */
#include <pthread.h>
struct O { int tag; union { struct { int lo; int hi; } s; long long w; } u; };
static struct O o;
static void *ta(void *arg) { (void)arg; struct { int lo; int hi; } *dummy = 0; (void)dummy; o.u.s.lo = 0; return 0; }
static void *tb(void *arg) { (void)arg; o.u.w = 2; return 0; }
static void *tc(void *arg) { (void)arg; __typeof__(o.u.s) *q = &o.u.s; q->hi = 3; return 0; }
int main(void) {
    pthread_t b, c;
    (void)ta;
    pthread_create(&b, 0, tb, 0);
    pthread_create(&c, 0, tc, 0);
    pthread_join(b, 0);
    pthread_join(c, 0);
    return (int)o.u.w;
}
