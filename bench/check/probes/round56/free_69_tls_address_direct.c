/* TRUTH: free — same as free_60 but without the helper: each thread writes its own _Thread_local `scratch` through a local pointer `mine = &scratch` that never leaves the thread. */
#include <pthread.h>
#include <stdio.h>

static _Thread_local int scratch;
static int totals[2];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int *mine = &scratch;
    for (int i = 0; i < 10; i++)
        *mine += i + id;
    totals[id] = scratch;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", totals[0], totals[1]);
    return 0;
}
