/* TRUTH: race-free. Workers given 0 and 1 lock their own element of locks[] through a wrapper and write only their own slot[id]; main reads after joining. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static long slot[2];

static void take(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void give(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void *worker(void *arg)
{
    long id = (long)arg;
    take(&locks[id]);
    slot[id] += 1;
    give(&locks[id]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0);
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", slot[0], slot[1]);
    return 0;
}
