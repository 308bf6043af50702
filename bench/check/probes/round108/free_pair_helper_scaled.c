/* TRUTH: free — instance v writes a[2v] (through set(2 * id)) and reads a[v + 1]: writes a[0], a[2], a[4]; reads a[1], a[2] (its own), a[3] */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int a[2 * N], out[N];

static void set(long k)
{
    a[k] = 1;
}

static void *work(void *arg)
{
    long id = (long)arg;
    set(2 * id);
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
    printf("%d\n", out[0]);
    return 0;
}
