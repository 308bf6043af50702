/* TRUTH: free. Both threads update counter only through __sync builtins, and main reads it plainly after joining. */
#include <pthread.h>
#include <stdio.h>

static int counter;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        __sync_fetch_and_add(&counter, 1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    int snap = __sync_fetch_and_add(&counter, 0);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", snap, counter);
    return 0;
}
