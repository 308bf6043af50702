/* Racy: zero_n(&buf[id*CH], CH + 2) writes two elements past the thread's chunk, into the next thread's. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 8
int buf[(T + 1) * CH];
static void zero_n(int *p, int n)
{
    for (int k = 0; k < n; k++)
        p[k] = 0;
}
static void *work(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < CH; i++)
        buf[id * CH + i] = id;
    zero_n(&buf[id * CH], CH + 2);
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", buf[CH]);
    return 0;
}
