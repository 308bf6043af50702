/* TRUTH: racy — t does atomic_init(&cnt_atomic_init, 1), a non-atomic store, while main does atomic_fetch_add / atomic_load on it: a non-atomic write concurrent with atomic accesses races (C11 7.17.2.2) */
#include <pthread.h>
#include <stdatomic.h>
atomic_int cnt_atomic_init;
int out;
void *t(void *a) { (void)a; atomic_init(&cnt_atomic_init, 1); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    atomic_fetch_add(&cnt_atomic_init, 2);
    out = atomic_load(&cnt_atomic_init);
    pthread_join(th, 0);
    return out;
}
