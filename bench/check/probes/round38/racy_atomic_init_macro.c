/* TRUTH: racy — RESET(c) is atomic_init(&c, 0), a non-atomic store, in t while main does atomic_load(&c): concurrent non-atomic write and atomic read race (C11 7.17.2.2) */
#include <pthread.h>
#include <stdatomic.h>
#define RESET(x) atomic_init(&(x), 0)
atomic_int c;
int out;
void *t(void *a) { (void)a; RESET(c); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    out = atomic_load(&c);
    pthread_join(th, 0);
    return out;
}
