/* TRUTH: free — each thread takes the address of its own _Thread_local `scratch` and writes through it; the pointer never leaves the thread, so no memory is shared; totals[] indexed by distinct ids. */
#include <pthread.h>
#include <stdio.h>

static _Thread_local int scratch;
static int totals[2];

static void accumulate(int *dst, int v) { *dst += v; }

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int *mine = &scratch;
    for (int i = 0; i < 10; i++)
        accumulate(mine, i + id);
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
