// racy: the barrier counts 2 but three threads wait, so the third thread can pass the barrier before the last stage-1 write.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int stage1[3];

static void *step(void *arg)
{
    long id = (long)arg;
    stage1[id] = (int)id + 1;
    pthread_barrier_wait(&bar);
    int sum = stage1[0] + stage1[1] + stage1[2];
    printf("%ld %d\n", id, sum);
    return NULL;
}

int main(void)
{
    pthread_t t0, t1, t2;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&t0, NULL, step, (void *)0);
    pthread_create(&t1, NULL, step, (void *)1);
    pthread_create(&t2, NULL, step, (void *)2);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
