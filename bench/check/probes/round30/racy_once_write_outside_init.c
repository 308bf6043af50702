/* TRUTH: racy. pthread_once orders init_value's write, but each user also writes cache_hits after it without a lock: both threads write cache_hits at once. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int value, cache_hits;

static void init_value(void)
{
    value = 5;
}

static void ensure(pthread_once_t *o)
{
    pthread_once(o, init_value);
}

static void *user(void *arg)
{
    (void)arg;
    ensure(&once);
    cache_hits = value + 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", cache_hits);
    return 0;
}
