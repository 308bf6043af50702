/* TRUTH: racy — main publishes its copy of the thread-local slot[] through a global pointer; the worker writes shared[1] while main writes slot[1] */
#include <pthread.h>
#include <stdio.h>

static __thread int slot[4];
static int *shared;

static void *worker(void *arg)
{
    (void)arg;
    shared[1] = 5;
    return 0;
}

int main(void)
{
    pthread_t t;
    int *mine = slot;
    shared = mine;
    pthread_create(&t, 0, worker, 0);
    slot[1] = 7;
    pthread_join(t, 0);
    printf("%d\n", slot[1]);
    return 0;
}
