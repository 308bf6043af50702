/* free: buffer pointer handed over with atomic_exchange using acq_rel on both
   sides. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
static _Atomic(int *) slot;
static void *prod(void *a) {
    (void)a;
    int *b = malloc(4 * sizeof *b);
    for (int i = 0; i < 4; i++) b[i] = i;
    atomic_exchange_explicit(&slot, b, memory_order_acq_rel);
    return 0;
}
static void *cons(void *a) {
    (void)a;
    int *b = atomic_exchange_explicit(&slot, NULL, memory_order_acq_rel);
    int s = 0;
    if (b) { s = b[0] + b[3]; free(b); }
    return (void *)(long)s;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, prod, 0);
    pthread_create(&q, 0, cons, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    free(atomic_load(&slot));
    return 0;
}
