/* TRUTH: racy. main registers the address of its local progress via a helper that stores it in a global; the worker writes *registry while main writes progress directly. */
#include <pthread.h>
#include <stdio.h>

static int *registry;

static void register_counter(int *p) { registry = p; }

static void *worker(void *arg)
{
    (void)arg;
    *registry += 1;
    return NULL;
}

int main(void)
{
    int progress = 0;
    pthread_t t;
    register_counter(&progress);
    pthread_create(&t, NULL, worker, NULL);
    progress += 10;
    pthread_join(t, NULL);
    printf("%d\n", progress);
    return 0;
}
