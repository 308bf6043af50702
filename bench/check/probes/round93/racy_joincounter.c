// Join counter with relaxed fetch_add and relaxed load: seeing done == N does
// not synchronize with the workers, so reading results[] races with their writes.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
static int results[N];
static atomic_int done;
static void *worker(void *arg) {
    long i = (long)arg;
    results[i] = (int)(i * 7);
    atomic_fetch_add_explicit(&done, 1, memory_order_relaxed);
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        pthread_detach(t[i]);
    }
    while (atomic_load_explicit(&done, memory_order_relaxed) != N) ;
    int s = 0;
    for (int i = 0; i < N; i++) s += results[i];
    printf("%d\n", s);
    return 0;
}
