/* TRUTH: free — peek_atomic_init_state(f) expands to atomic_load(&(f)), an atomic read; t does atomic_store on f: atomics only, no data race */
#include <pthread.h>
#include <stdatomic.h>
#define peek_atomic_init_state(f) atomic_load(&(f))
atomic_int f;
int out;
void *t(void *a) { (void)a; atomic_store(&f, 1); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    out = peek_atomic_init_state(f);
    pthread_join(th, 0);
    return out;
}
