/* Racy: each thread fills its own chunk and then the next one (fill(id + 1)), which the next thread fills too. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 8
int data[(T + 1) * CH];
static void fill(long id, int v)
{
    for (int i = 0; i < CH; i++)
        data[id * CH + i] = v;
}
static void *work(void *arg)
{
    long id = (long)arg;
    fill(id, 1);
    fill(id + 1, 2);
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", data[CH]);
    return 0;
}
