// Szymanski with memory_order_relaxed flags: no synchronizes-with between
// critical sections, so shared_log += id races under C11.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
static atomic_int flag[N];
static int shared_log;
static int all_below(int lo, int hi, int bound) {
    for (int j = lo; j < hi; j++)
        if (atomic_load_explicit(&flag[j], memory_order_relaxed) >= bound) return 0;
    return 1;
}
static int any_eq(int i, int v) {
    for (int j = 0; j < N; j++)
        if (j != i && atomic_load_explicit(&flag[j], memory_order_relaxed) == v) return 1;
    return 0;
}
static void lock(int i) {
    atomic_store_explicit(&flag[i], 1, memory_order_relaxed);
    while (!all_below(0, N, 3)) ;
    atomic_store_explicit(&flag[i], 3, memory_order_relaxed);
    if (any_eq(i, 1)) {
        atomic_store_explicit(&flag[i], 2, memory_order_relaxed);
        while (!any_eq(i, 4)) ;
    }
    atomic_store_explicit(&flag[i], 4, memory_order_relaxed);
    while (!all_below(0, i, 2)) ;
}
static void unlock(int i) {
    for (int j = i + 1; j < N; j++) {
        int f;
        while ((f = atomic_load_explicit(&flag[j], memory_order_relaxed)) == 2 || f == 3) ;
    }
    atomic_store_explicit(&flag[i], 0, memory_order_relaxed);
}
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int k = 0; k < 50; k++) {
        lock(id);
        shared_log += id;
        unlock(id);
    }
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", shared_log);
    return 0;
}
