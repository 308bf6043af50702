/* TRUTH: racy. Barrier b (count 2) is waited once by lookup (inside the bsearch comparator,
   called exactly once for the one-element table) and once by reader. After both waits,
   lookup's `result = ...` (after bsearch returns) and reader's read of result run concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_barrier_t b;
static int result;
static const int keys[1] = {3};

static int cmp_sync(const void *k, const void *e)
{
    pthread_barrier_wait(&b); /* the reader may start once the lookup has begun */
    return *(const int *)k - *(const int *)e;
}

static void *lookup(void *arg)
{
    int key = 3;
    (void)arg;
    const int *p = bsearch(&key, keys, 1, sizeof keys[0], cmp_sync);
    result = p ? *p : -1;
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&b);
    printf("result %d\n", result);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_barrier_init(&b, NULL, 2);
    pthread_create(&t1, NULL, lookup, NULL);
    pthread_create(&t2, NULL, reader, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
