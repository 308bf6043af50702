/* TRUTH: race-free. (pthread_mutex_t *)&locks (a 2x2 array) is &locks[0][0], the same mutex the other thread locks by name; hits is only written holding it. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t locks[2][2] = {
    { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER },
    { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER },
};
static int hits;

static void *a_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock((pthread_mutex_t *)&locks);
    hits++;
    pthread_mutex_unlock((pthread_mutex_t *)&locks);
    return NULL;
}

static void *b_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&locks[0][0]);
    hits += 10;
    pthread_mutex_unlock(&locks[0][0]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
