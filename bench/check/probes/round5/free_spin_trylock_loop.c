/* TRUTH: race-free - each thread spins on pthread_spin_trylock until it returns 0, so the update of v happens only while holding the spin lock */
#include <pthread.h>
#include <sched.h>
static pthread_spinlock_t sl;
static long v;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        while (pthread_spin_trylock(&sl) != 0)
            sched_yield();
        v += i;
        pthread_spin_unlock(&sl);
    }
    return NULL;
}
int main(void)
{
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return v == 2450 ? 0 : 1;
}
