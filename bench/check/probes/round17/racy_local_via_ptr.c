/* Racy: base is advanced through a pointer after the first loop, so the second loop writes the next thread's chunk. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 8
int data[(T + 1) * CH];
static void advance(int *b) { *b += CH; }
static void *work(void *arg)
{
    int id = (int)(long)arg;
    int base = id * CH;
    for (int i = 0; i < CH; i++)
        data[base + i] = 1;
    advance(&base);
    for (int i = 0; i < CH; i++)
        data[base + i] = 2;
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
