/* TRUTH: race-free. c is only accessed atomically. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int c;
void *f(void *a) {
    int i = 0;
again:
    atomic_fetch_add(&c, 1);
    if (++i < 3)
        goto again;
    return 0;
}
int main(void) {
    pthread_t t[2];
    pthread_create(&t[0], 0, f, 0);
    pthread_create(&t[1], 0, f, 0);
    int v = atomic_load(&c);
    (void)v;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
