/* TRUTH: racy — no barrier between the phases: a thread reads its neighbour's slot while the neighbour may be writing it */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static int stage1[NT];
static int stage2[NT];

static void *step(void *arg)
{
    int id = (int)(long)arg;
    stage1[id] = id * 10;
    stage2[id] = stage1[id] + stage1[(id + 1) % NT];
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, step, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < NT; i++)
        printf("%d ", stage2[i]);
    putchar('\n');
    return 0;
}
