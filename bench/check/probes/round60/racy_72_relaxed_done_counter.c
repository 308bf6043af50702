/* TRUTH: racy — workers write res[id] plainly then RELAXED fetch_add done; main waits with RELAXED loads and no fence, then reads res[] plainly before joining; relaxed RMWs/loads create no happens-before, so each res[id] write races with main's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
static atomic_int done;
static int res[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    res[id] = id + 1;
    atomic_fetch_add_explicit(&done, 1, memory_order_relaxed);
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    while (atomic_load_explicit(&done, memory_order_relaxed) != N)
        ;
    int s = 0;
    for (int i = 0; i < N; i++) s += res[i];
    printf("%d\n", s);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    return 0;
}
