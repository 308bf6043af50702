/* Racy: a[id + 0xFFFFFFFFu] wraps (unsigned) to a[id - 1], which the neighbouring thread writes as its own a[id]. */
#include <pthread.h>
#include <stdio.h>
#define N 5
int a[N];
static void *work(void *arg)
{
    unsigned id = (unsigned)(long)arg;
    a[id] = (int)id * 10;
    int left = a[id + 0xFFFFFFFFu]; /* neighbour to the left */
    printf("%u %d\n", id, left);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long i = 1; i < N; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (long i = 1; i < N; i++)
        pthread_join(t[i], NULL);
    return 0;
}
