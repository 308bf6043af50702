/* TRUTH: race-free. Both instances of worker update `hits` only between pthread_spin_lock and pthread_spin_unlock of the same spinlock; main reads after joining both. */
#include <pthread.h>
#include <stdio.h>

static pthread_spinlock_t sl;
static long hits;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10000; i++) {
        pthread_spin_lock(&sl);
        hits++;
        pthread_spin_unlock(&sl);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_spin_destroy(&sl);
    printf("%ld\n", hits);
    return 0;
}
