/* Race-free: the down-counting loop stays within the thread's chunk id*CH .. id*CH+CH-1. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 8
int data[(T + 1) * CH];
static void *work(void *arg)
{
    int id = (int)(long)arg + 1;
    for (int i = id * CH + CH - 1; i >= id * CH; i--)
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
