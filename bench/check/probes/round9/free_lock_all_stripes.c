/* TRUTH: free. The resetter takes every stripe lock in a loop before clearing all buckets, and the adders hold locks[k] for bucket[k]; each bucket access shares a lock. */
#include <pthread.h>
#include <stdio.h>

#define NB 4
static pthread_mutex_t locks[NB];
static int bucket[NB];

static void *adder(void *arg)
{
    int k = *(int *)arg;
    pthread_mutex_lock(&locks[k]);
    bucket[k]++;
    pthread_mutex_unlock(&locks[k]);
    return NULL;
}

static void *resetter(void *arg)
{
    (void)arg;
    for (int i = 0; i < NB; i++)
        pthread_mutex_lock(&locks[i]);
    for (int i = 0; i < NB; i++)
        bucket[i] = 0;
    for (int i = NB - 1; i >= 0; i--)
        pthread_mutex_unlock(&locks[i]);
    return NULL;
}

int main(void)
{
    pthread_t a, b, r;
    int ka = 1, kb = 2;
    for (int i = 0; i < NB; i++)
        pthread_mutex_init(&locks[i], NULL);
    pthread_create(&a, NULL, adder, &ka);
    pthread_create(&b, NULL, adder, &kb);
    pthread_create(&r, NULL, resetter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(r, NULL);
    printf("%d %d\n", bucket[1], bucket[2]);
    return 0;
}
