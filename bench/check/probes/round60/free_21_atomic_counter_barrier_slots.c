/* TRUTH: free — one-shot barrier from an _Atomic counter: each thread writes slot[id] plainly, does seq_cst atomic_fetch_add(&arrived,1), spins until arrived==N, then reads its neighbour's slot plainly; the load reading N synchronizes (via the RMW release sequence) with every thread's increment, so each slot write happens-before the neighbour's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
static atomic_int arrived;
static int slot[N];
static int got[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    slot[id] = id + 100;
    atomic_fetch_add(&arrived, 1);
    while (atomic_load(&arrived) < N)
        ;
    got[id] = slot[(id + 1) % N];
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++) printf("%d\n", got[i]);
    return 0;
}
