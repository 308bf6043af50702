/* TRUTH: racy. Thread a (k=0) writes bucket[1] holding locks[0] and thread b (k=1) writes bucket[1] holding locks[1], so the two writes of bucket[1] are under different locks. */
#include <pthread.h>
#include <stdio.h>

#define NB 4
static pthread_mutex_t locks[NB];
static int bucket[NB];

static void *adder(void *arg)
{
    int k = *(int *)arg % NB;
    pthread_mutex_lock(&locks[k]);
    bucket[k]++;
    bucket[(k + 1) % NB]++;
    pthread_mutex_unlock(&locks[k]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ka = 0, kb = 1;
    for (int i = 0; i < NB; i++)
        pthread_mutex_init(&locks[i], NULL);
    pthread_create(&a, NULL, adder, &ka);
    pthread_create(&b, NULL, adder, &kb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", bucket[1]);
    return 0;
}
