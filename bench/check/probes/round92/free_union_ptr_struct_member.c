/* race-free: q = &o.u.s points into union u of struct o; q->hi is not o.tag, the other
   thread's unlocked write: different ints. */
#include <pthread.h>
struct O { int tag; union { struct { int lo; int hi; } s; long long w; } u; };
static struct O o;
static void *tb(void *arg) { (void)arg; o.tag = 2; return 0; }
static void *tc(void *arg) { (void)arg; __typeof__(o.u.s) *q = &o.u.s; q->hi = 3; return 0; }
int main(void) {
    pthread_t b, c;
    pthread_create(&b, 0, tb, 0);
    pthread_create(&c, 0, tc, 0);
    pthread_join(b, 0);
    pthread_join(c, 0);
    return o.tag;
}
