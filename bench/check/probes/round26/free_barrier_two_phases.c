/* TRUTH: race-free. Two threads, two barriers of count 2, each waited once per thread:
   phase 1 writes own part[], phase 2 reads the other's part[] and writes own sum[], and main
   reads after joining. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t b1, b2;
static int part[2], sum[2];

static void *even(void *arg)
{
    (void)arg;
    part[0] = 10;
    pthread_barrier_wait(&b1);
    sum[0] = part[0] + part[1];
    pthread_barrier_wait(&b2);
    return NULL;
}

static void *odd(void *arg)
{
    (void)arg;
    part[1] = 20;
    pthread_barrier_wait(&b1);
    sum[1] = part[1] - part[0];
    pthread_barrier_wait(&b2);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_barrier_init(&b1, NULL, 2);
    pthread_barrier_init(&b2, NULL, 2);
    pthread_create(&a, NULL, even, NULL);
    pthread_create(&b, NULL, odd, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", sum[0], sum[1]);
    return 0;
}
