/* TRUTH: free. one reader and main wait on a barrier of count 2; main writes cfg before its wait and the reader reads it after its wait. */
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int cfg;
static int seen;

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
    pthread_t t1;
    pthread_barrier_init(&bar, NULL, 2);
    spawn(&t1, &seen);
    cfg = 42;
    pthread_barrier_wait(&bar);
    pthread_join(t1, NULL);
    printf("%d\n", seen);
    return 0;
}
