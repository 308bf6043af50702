/* TRUTH: free — cnt_atomic_init is an atomic_int accessed only by atomic_fetch_add/atomic_load in both threads (its name merely contains "atomic_init") */
#include <pthread.h>
#include <stdatomic.h>
atomic_int cnt_atomic_init;
int out;
void *t(void *a) { (void)a; atomic_fetch_add(&cnt_atomic_init, 1); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    atomic_fetch_add(&cnt_atomic_init, 2);
    out = atomic_load(&cnt_atomic_init);
    pthread_join(th, 0);
    return out;
}
