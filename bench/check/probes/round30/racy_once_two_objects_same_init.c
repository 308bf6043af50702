/* TRUTH: racy. The two threads use different once objects (once_a, once_b) with the same init routine, so init_table runs twice, once per thread, possibly at once: both write table[0]. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once_a = PTHREAD_ONCE_INIT, once_b = PTHREAD_ONCE_INIT;
static int table[4];

static void init_table(void)
{
    table[0] = 1;
}

static void ensure(pthread_once_t *o)
{
    pthread_once(o, init_table);
}

static void *ta(void *arg)
{
    (void)arg;
    ensure(&once_a);
    return NULL;
}

static void *tb(void *arg)
{
    (void)arg;
    ensure(&once_b);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", table[0]);
    return 0;
}
