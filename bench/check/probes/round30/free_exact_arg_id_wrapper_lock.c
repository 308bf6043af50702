/* TRUTH: race-free. Both threads are given id 1; each takes locks[1] through a lock wrapper (lock_slot(&locks[id])) and updates slot[1] under it: one mutex orders the two updates. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static long slot[2];

static void lock_slot(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void unlock_slot(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void *worker(void *arg)
{
    long id = (long)arg;
    lock_slot(&locks[id]);
    slot[id] += id;
    unlock_slot(&locks[id]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", slot[1]);
    return 0;
}
