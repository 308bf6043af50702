/* TRUTH: racy. The worker publishes the address of its _Thread_local buffer_len; main writes through the published pointer while the worker keeps incrementing it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static _Thread_local int buffer_len;
static int *_Atomic exposed;

static void *worker(void *arg)
{
    (void)arg;
    atomic_store(&exposed, &buffer_len);
    for (int i = 0; i < 1000; i++)
        buffer_len++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    int *p;
    pthread_create(&t, NULL, worker, NULL);
    while ((p = atomic_load(&exposed)) == NULL)
        ;
    *p = 0;
    pthread_join(t, NULL);
    printf("%d\n", buffer_len);
    return 0;
}
