/* TRUTH: race-free. Both workers run the asm incrementing 'events' by symbol only while holding m; main reads events after joining. */
#include <pthread.h>
#include <stdio.h>

int events;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    __asm__ __volatile__("incl events(%%rip)" ::: "memory", "cc");
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", events);
    return 0;
}
