/* TRUTH: free — only instance 1 reads a[id + 1] (a[2], written by nobody); instance 0 returns first */
#include <pthread.h>
#include <stdio.h>

#define N 2
static int a[N + 1], out[N];

static void *work(void *arg)
{
    long id = (long)arg;
    a[id] = 1;
    if (id == 0)
        return 0;
    out[id] = a[id + 1];
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_join(t[i], 0);
    printf("%d %d\n", a[0], out[1]);
    return 0;
}
