/* TRUTH: racy. both worker threads run "incl" on hits with no lock prefix: two concurrent non-atomic read-modify-writes of hits (updates can be lost). */
#include <pthread.h>
#include <stdio.h>

/* Cheap statistics counter: deliberately without a lock prefix, it may lose counts. */
#define UNLOCKED_INC(v) __asm__ __volatile__("incl %0" : "+m"(v))

int hits;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100000; i++)
        UNLOCKED_INC(hits);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
