/* TRUTH: free — a[id + 1] is read only inside a loop that runs for instance 2 alone (a[3], written by nobody) */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int a[N + 1], out[N];

static void *work(void *arg)
{
    long id = (long)arg;
    a[id] = 1;
    for (long j = 1; j < id; j++)
        out[id] += a[id + 1];
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_join(t[i], 0);
    printf("%d %d\n", a[0], out[2]);
    return 0;
}
