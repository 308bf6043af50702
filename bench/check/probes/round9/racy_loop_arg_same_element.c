/* TRUTH: racy. Every worker created in the loop receives acc (i.e. &acc[0]) and increments it without synchronization. */
#include <pthread.h>
#include <stdio.h>

#define N 3

static void *worker(void *arg)
{
    long *p = arg;
    *p += 1;
    return NULL;
}

int main(void)
{
    long acc[N] = { 0 };
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, acc);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", acc[0]);
    return 0;
}
