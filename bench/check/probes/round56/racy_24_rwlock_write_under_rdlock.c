/* TRUTH: racy — touch() increments cache_hits while holding only the read lock; two reader threads can hold it at once; reader vs reader. */
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int cache_val = 5;
static int cache_hits;

static int touch(void)
{
    pthread_rwlock_rdlock(&rw);
    int v = cache_val;
    cache_hits++;
    pthread_rwlock_unlock(&rw);
    return v;
}

static void *reader(void *arg)
{
    (void)arg;
    int s = 0;
    for (int i = 0; i < 50; i++)
        s += touch();
    return (void *)(long)s;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", cache_hits);
    return 0;
}
