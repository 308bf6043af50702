/* TRUTH: racy. Workers 0 and 1 both receive &acc[0] (index i / 2) and increment it without synchronization. */
#include <pthread.h>
#include <stdio.h>

#define N 4

static void *worker(void *arg)
{
    long *p = arg;
    for (int i = 0; i < 100; i++)
        (*p)++;
    return NULL;
}

int main(void)
{
    long acc[N / 2] = { 0, 0 };
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &acc[i / 2]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", acc[0], acc[1]);
    return 0;
}
