/* TRUTH: race-free. NEXTRA is 0, so the worker's loop body (data += i) never runs; main's data = 5 is the only access made while the worker runs. */
#include <pthread.h>
#include <stdio.h>

#define NEXTRA 0

int data;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < NEXTRA; i++)
        data += i;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    data = 5;
    pthread_join(t, NULL);
    printf("%d\n", data);
    return 0;
}
