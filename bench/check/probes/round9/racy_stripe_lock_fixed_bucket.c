/* TRUTH: racy. Each adder locks the stripe for its own key but always writes bucket[0], so two threads with different stripes write bucket[0] concurrently. */
#include <pthread.h>
#include <stdio.h>

#define NB 4
static pthread_mutex_t locks[NB];
static int bucket[NB];

static void *adder(void *arg)
{
    int k = *(int *)arg % NB;
    pthread_mutex_lock(&locks[k]);
    bucket[0]++;
    pthread_mutex_unlock(&locks[k]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ka = 1, kb = 2;
    for (int i = 0; i < NB; i++)
        pthread_mutex_init(&locks[i], NULL);
    pthread_create(&a, NULL, adder, &ka);
    pthread_create(&b, NULL, adder, &kb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", bucket[0]);
    return 0;
}
