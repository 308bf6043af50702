/* TRUTH: racy. both threads call sync_point() twice on a count-2 barrier; between the first and second generation t1 writes phase_val while t2 reads it. */
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int phase_val;
static int r;

static void sync_point(void)
{
    pthread_barrier_wait(&bar);
}

static void *t1(void *a)
{
    (void)a;
    sync_point();
    phase_val = 1;
    sync_point();
    return NULL;
}

static void *t2(void *a)
{
    (void)a;
    sync_point();
    r = phase_val;
    sync_point();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", r);
    return 0;
}
