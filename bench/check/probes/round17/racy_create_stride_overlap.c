/* Racy: ids 2*i are handed out but each thread writes out[id .. id+2], three cells, overlapping the next thread's first. */
#include <pthread.h>
#include <stdio.h>
#define T 4
int out[2 * T + 1];
static void *work(void *arg)
{
    long id = (long)arg;
    for (long k = id; k <= id + 2; k++)
        out[k] = 1;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)(2 * i));
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[2]);
    return 0;
}
