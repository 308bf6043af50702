/* TRUTH: free — `if (pthread_mutex_lock(&m)) abort();` style; all uses of last_seen are locked */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int last_seen = -1;

static void record(int v)
{
    if (pthread_mutex_lock(&m))
        abort();
    if (v > last_seen)
        last_seen = v;
    if (pthread_mutex_unlock(&m))
        abort();
}

static void *scanner(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 100; i++)
        record(base + i);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    if (pthread_create(&a, NULL, scanner, (void *)0L))
        abort();
    if (pthread_create(&b, NULL, scanner, (void *)50L))
        abort();
    if (pthread_join(a, NULL) || pthread_join(b, NULL))
        abort();
    printf("max %d\n", last_seen);
    return 0;
}
