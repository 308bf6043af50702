/* Race-free: each thread writes and reads only a[id], its own element. */
#include <pthread.h>
#include <stdio.h>
#define N 5
int a[N];
static void *work(void *arg)
{
    unsigned id = (unsigned)(long)arg;
    a[id] = (int)id * 10;
    int self = a[id + 0u];
    printf("%u %d\n", id, self);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long i = 1; i < N; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (long i = 1; i < N; i++)
        pthread_join(t[i], NULL);
    return 0;
}
