/* TRUTH: racy — instance 0 writes a[1] through set(id + 1), instance 1 writes a[1] through set(id) */
#include <pthread.h>
#include <stdio.h>

#define N 2
static int a[N + 1];

static void set(long k)
{
    a[k] = 1;
}

static void *work(void *arg)
{
    long id = (long)arg;
    set(id);
    set(id + 1);
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_join(t[i], 0);
    printf("%d\n", a[1]);
    return 0;
}
