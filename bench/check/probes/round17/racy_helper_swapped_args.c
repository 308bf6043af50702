/* Racy: the helper indexes by its second parameter, which every thread passes as 0, so all write data[0..CH). */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 8
int data[(T + 1) * CH];
static void fill(long id, long blk)
{
    for (int i = 0; i < CH; i++)
        data[blk * CH + i] = (int)id;
}
static void *work(void *arg)
{
    long id = (long)arg;
    long zero = id - id;
    fill(id, zero);
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", data[0]);
    return 0;
}
