/* TRUTH: free — the worker spins on trylock until it owns m, so its write of events is always under m like main's */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long events;

static void *worker(void *arg)
{
    (void)arg;
    while (pthread_mutex_trylock(&m) != 0)
        sched_yield();
    events++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a;
    pthread_create(&a, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    usleep(2000);
    events++;
    pthread_mutex_unlock(&m);
    pthread_join(a, NULL);
    printf("%ld\n", events);
    return 0;
}
