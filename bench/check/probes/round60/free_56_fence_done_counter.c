/* TRUTH: free — each worker writes res[id] plainly, issues a release fence, then a RELAXED fetch_add on done; main spins with RELAXED loads until done==N, then an acquire fence, then reads res[]. Each worker's release fence synchronizes with main's acquire fence (main's load reads a value in the hypothetical release sequence of every worker's RMW). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
static atomic_int done;
static int res[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    res[id] = 10 * id + 1;
    atomic_thread_fence(memory_order_release);
    atomic_fetch_add_explicit(&done, 1, memory_order_relaxed);
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    while (atomic_load_explicit(&done, memory_order_relaxed) != N)
        ;
    atomic_thread_fence(memory_order_acquire);
    int s = 0;
    for (int i = 0; i < N; i++) s += res[i];
    printf("%d\n", s);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    return 0;
}
