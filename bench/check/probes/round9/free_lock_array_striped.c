/* TRUTH: free. Bucket k is only ever touched while holding locks[k], using the same index for lock and data. */
#include <pthread.h>
#include <stdio.h>

#define NB 4
static pthread_mutex_t locks[NB];
static int bucket[NB];

static void *adder(void *arg)
{
    int seed = *(int *)arg;
    for (int i = 0; i < 20; i++) {
        int k = (seed + i) % NB;
        pthread_mutex_lock(&locks[k]);
        bucket[k]++;
        pthread_mutex_unlock(&locks[k]);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int sa = 0, sb = 3;
    for (int i = 0; i < NB; i++)
        pthread_mutex_init(&locks[i], NULL);
    pthread_create(&a, NULL, adder, &sa);
    pthread_create(&b, NULL, adder, &sb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", bucket[0] + bucket[1] + bucket[2] + bucket[3]);
    return 0;
}
