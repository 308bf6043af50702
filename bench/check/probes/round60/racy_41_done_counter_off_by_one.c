/* TRUTH: racy — main waits only until done >= N-1 (ACQUIRE) and then reads every res[i]; the last worker's plain write of its res[id] is not ordered before main's plain read of it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 2
static atomic_int done;
static int res[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    res[id] = id + 7;
    atomic_fetch_add_explicit(&done, 1, memory_order_release);
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    while (atomic_load_explicit(&done, memory_order_acquire) < N - 1)
        ;
    int s = 0;
    for (int i = 0; i < N; i++) s += res[i];
    printf("%d\n", s);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    return 0;
}
