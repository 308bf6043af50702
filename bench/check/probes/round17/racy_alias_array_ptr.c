/* Racy: view points at data + 1, so view[id * CH + CH - 1] is data[(id + 1) * CH], the next thread's first element. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 8
int data[(T + 1) * CH];
int *view = data + 1;
static void *work(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < CH; i++)
        data[id * CH + i] = id;
    view[id * CH + CH - 1] = -1;
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
