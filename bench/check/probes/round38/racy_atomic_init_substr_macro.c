/* TRUTH: racy — t does atomic_init(&f, 1) (non-atomic store) while main reads f atomically through peek_atomic_init_state(f): a non-atomic write concurrent with an atomic read races */
#include <pthread.h>
#include <stdatomic.h>
#define peek_atomic_init_state(f) atomic_load(&(f))
atomic_int f;
int out;
void *t(void *a) { (void)a; atomic_init(&f, 1); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    out = peek_atomic_init_state(f);
    pthread_join(th, 0);
    return out;
}
