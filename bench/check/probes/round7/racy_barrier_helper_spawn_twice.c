/* TRUTH: racy. spawn() is called twice, so two readers and main make three waits on a barrier of count 2: the two readers complete it and read cfg while main is still writing it before its own wait. */
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int cfg;
static int seen[2];

static void *reader(void *arg)
{
    int *out = arg;
    pthread_barrier_wait(&bar);
    *out = cfg;
    return NULL;
}

static void spawn(pthread_t *t, int *out)
{
    pthread_create(t, NULL, reader, out);
}

int main(void)
{
    pthread_t t1, t2;
    pthread_barrier_init(&bar, NULL, 2);
    spawn(&t1, &seen[0]);
    spawn(&t2, &seen[1]);
    cfg = 42;
    pthread_barrier_wait(&bar);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d %d\n", seen[0], seen[1]);
    return 0;
}
