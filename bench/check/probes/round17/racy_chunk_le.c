/* Racy: the chunk loop uses <= so each thread also writes the first element of the next thread's chunk. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 8
int data[T * CH + 1];
static void *work(void *arg)
{
    int id = (int)(long)arg;
    for (int i = id * CH; i <= id * CH + CH; i++)
        data[i] = id;
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
