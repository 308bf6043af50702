/* TRUTH: race-free. Two threads both update 'queued' holding stat_spin (a pthread spinlock): the producer through a helper that takes the spinlock by pointer parameter, the drainer directly. */
#include <pthread.h>
#include <stdio.h>

static pthread_spinlock_t stat_spin;
static long queued;

static void add_locked(pthread_spinlock_t *s, long *ctr, long d)
{
    pthread_spin_lock(s);
    *ctr += d;
    pthread_spin_unlock(s);
}

static void *producer(void *arg)
{
    (void)arg;
    add_locked(&stat_spin, &queued, 5);
    return NULL;
}

static void *drainer(void *arg)
{
    (void)arg;
    pthread_spin_lock(&stat_spin);
    queued = 0;
    pthread_spin_unlock(&stat_spin);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_spin_init(&stat_spin, PTHREAD_PROCESS_PRIVATE);
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, drainer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", queued);
    pthread_spin_destroy(&stat_spin);
    return 0;
}
