/* TRUTH: race-free. The manager starts two helpers on distinct halves of 'work' and joins
   both before returning; main joins the manager before reading 'work'. */
#include <pthread.h>
#include <stdio.h>

#define HALF 4

static int work[2 * HALF];

static void *helper(void *arg)
{
    int *base = arg;
    for (int i = 0; i < HALF; i++)
        base[i] = i;
    return NULL;
}

static void *manager(void *arg)
{
    pthread_t h1, h2;
    (void)arg;
    pthread_create(&h1, NULL, helper, &work[0]);
    pthread_create(&h2, NULL, helper, &work[HALF]);
    pthread_join(h1, NULL);
    pthread_join(h2, NULL);
    return NULL;
}

int main(void)
{
    pthread_t m;
    pthread_create(&m, NULL, manager, NULL);
    pthread_join(m, NULL);
    printf("%d\n", work[HALF + 1]);
    return 0;
}
