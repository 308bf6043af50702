/* TRUTH: race-free. The mutex is the first member of struct guarded, so (pthread_mutex_t *)&stats
   (C11 6.7.2.1p15: a pointer to a struct, converted, points to its first member) is
   &stats.lock: both threads update stats.value holding the same mutex. */
#include <pthread.h>
#include <stdio.h>

struct guarded {
    pthread_mutex_t lock;
    long value;
    long updates;
};

static struct guarded stats = {PTHREAD_MUTEX_INITIALIZER, 0, 0};

/* generic helpers for any object whose first member is its mutex */
#define OBJ_LOCK(o) pthread_mutex_lock((pthread_mutex_t *)(o))
#define OBJ_UNLOCK(o) pthread_mutex_unlock((pthread_mutex_t *)(o))

static void *adder(void *arg)
{
    (void)arg;
    OBJ_LOCK(&stats);
    stats.value += 10;
    stats.updates++;
    OBJ_UNLOCK(&stats);
    return NULL;
}

static void *doubler(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&stats.lock);
    stats.value *= 2;
    stats.updates++;
    pthread_mutex_unlock(&stats.lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, adder, NULL);
    pthread_create(&b, NULL, doubler, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", stats.value, stats.updates);
    return 0;
}
