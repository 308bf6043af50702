/* TRUTH: free — `0 ? (void)0 : abort()` (line 17) always calls abort, so b's x = 2 never runs; only a writes x (line 10). */
#include <pthread.h>
#include <stdlib.h>

static int x;

static void *a(void *arg)
{
    (void)arg;
    x = 1;
    return NULL;
}

static void *b(void *arg)
{
    (void)arg;
    0 ? (void)0 : abort();
    x = 2;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, a, NULL);
    pthread_create(&t2, NULL, b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
