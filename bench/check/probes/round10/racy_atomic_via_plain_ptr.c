/* racy: `cnt` is _Atomic, but thread b writes it through a plain `int *`
   obtained by a cast, which is a non-atomic access racing with a's atomic
   increment. */
#include <pthread.h>
#include <stdatomic.h>
static _Atomic int cnt;
static void *a(void *x) { (void)x; atomic_fetch_add(&cnt, 1); return 0; }
static void *b(void *x) { (void)x; int *p = (int *)&cnt; *p = 100; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return atomic_load(&cnt);
}
