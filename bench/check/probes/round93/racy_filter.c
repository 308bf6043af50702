// Filter lock with release stores / acquire loads only: store->load reordering
// (store buffering) lets two threads both read level[k]==0 and enter -> race on sum.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
static atomic_int level[N];
static atomic_int victim[N];
static long sum;
static int conflict(int i, int L) {
    for (int k = 0; k < N; k++)
        if (k != i && atomic_load_explicit(&level[k], memory_order_acquire) >= L) return 1;
    return 0;
}
static void lock(int i) {
    for (int L = 1; L < N; L++) {
        atomic_store_explicit(&level[i], L, memory_order_release);
        atomic_store_explicit(&victim[L], i, memory_order_release);
        while (conflict(i, L) && atomic_load_explicit(&victim[L], memory_order_acquire) == i) ;
    }
}
static void unlock(int i) { atomic_store_explicit(&level[i], 0, memory_order_release); }
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int k = 0; k < 100; k++) {
        lock(id);
        sum += k;
        unlock(id);
    }
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld\n", sum);
    return 0;
}
