/* TRUTH: free — workers write slots[id] then do a release fetch_add on `finished`; main spins with an acquire load until finished == 2 (the RMW chain is a release sequence, so both workers' writes happen-before main's reads); workers touch nothing afterwards. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int slots[2];
static atomic_int finished;

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    slots[id] = id + 40;
    atomic_fetch_add_explicit(&finished, 1, memory_order_release);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        pthread_detach(t[i]);
    }
    while (atomic_load_explicit(&finished, memory_order_acquire) < 2)
        ;
    printf("%d\n", slots[0] + slots[1]);
    return 0;
}
