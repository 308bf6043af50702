/* racy: two threads write different members of a union: they overlap in
   memory. */
#include <pthread.h>
union u { int i; float f; };
static union u val;
static void *ti(void *x) { (void)x; val.i = 1; return 0; }
static void *tf(void *x) { (void)x; val.f = 2.0f; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, ti, 0);
    pthread_create(&q, 0, tf, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return val.i;
}
