/* TRUTH: racy. The worker locks locks[k], then increments k before writing slots[k], so it writes an element guarded by a different stripe than the one it holds. */
#include <pthread.h>
#include <stdio.h>

#define NB 4
static pthread_mutex_t locks[NB];
static int slots[NB];

static void *worker(void *arg)
{
    int k = *(int *)arg;
    pthread_mutex_lock(&locks[k]);
    k = (k + 1) % NB;
    slots[k]++;
    pthread_mutex_unlock(&locks[(k + NB - 1) % NB]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ka = 0, kb = 1;
    for (int i = 0; i < NB; i++)
        pthread_mutex_init(&locks[i], NULL);
    pthread_create(&a, NULL, worker, &ka);
    pthread_create(&b, NULL, worker, &kb);
    pthread_mutex_lock(&locks[1]);
    slots[1]++;
    pthread_mutex_unlock(&locks[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", slots[1]);
    return 0;
}
