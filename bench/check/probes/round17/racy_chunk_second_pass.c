/* Racy: after the chunk loop, a second pass indexes data[base + k] with k up to CH, one past the chunk, into the next thread's first element. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 8
int data[T * CH + 1];
static void *work(void *arg)
{
    int id = (int)(long)arg;
    int base = id * CH;
    for (int k = 0; k < CH; k++)
        data[base + k] = 0;
    for (int k = 1; k <= CH; k++)
        data[base + k] += k;
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
