/* TRUTH: race-free - every update of hits goes through with_spin(&sl, ...) which holds the pthread spin lock */
#include <pthread.h>
static pthread_spinlock_t sl;
static int hits;
static void with_spin(pthread_spinlock_t *s, int v)
{
    pthread_spin_lock(s);
    hits += v;
    pthread_spin_unlock(s);
}
static void *worker(void *arg) { (void)arg; for (int i = 0; i < 100; i++) with_spin(&sl, 1); return NULL; }
int main(void)
{
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_spin_destroy(&sl);
    return hits == 200 ? 0 : 1;
}
