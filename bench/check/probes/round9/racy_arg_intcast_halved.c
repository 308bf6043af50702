/* TRUTH: racy. Ids are passed as casted integers and worker writes out[id / 2], so workers 0 and 1 both write out[0]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static int out[N];

static void *worker(void *arg)
{
    intptr_t id = (intptr_t)arg;
    out[id / 2] += (int)id;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", out[0], out[1]);
    return 0;
}
