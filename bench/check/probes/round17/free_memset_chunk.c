/* Race-free: each thread memsets exactly its own chunk &data[id*CH] (CH ints). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define T 4
#define CH 8
int data[(T + 1) * CH];
static void *work(void *arg)
{
    int id = (int)(long)arg;
    memset(&data[id * CH], 0, CH * sizeof(int));
    for (int i = 0; i < CH; i++)
        data[id * CH + i] += id;
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
