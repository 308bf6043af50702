/* TRUTH: free — RESET(c) (atomic_init) runs in main before pthread_create; afterwards t and main use c only atomically */
#include <pthread.h>
#include <stdatomic.h>
#define RESET(x) atomic_init(&(x), 0)
atomic_int c;
int out;
void *t(void *a) { (void)a; atomic_fetch_add(&c, 1); return 0; }
int main(void)
{
    pthread_t th;
    RESET(c);
    pthread_create(&th, 0, t, 0);
    out = atomic_load(&c);
    pthread_join(th, 0);
    return out;
}
