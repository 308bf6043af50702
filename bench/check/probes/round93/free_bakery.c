// Lamport's bakery lock for 3 threads with seq_cst atomics for choosing[] and
// number[]; shared hits is only touched inside the critical section.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
static atomic_int choosing[N];
static atomic_int number[N];
static int hits;
static void lock(int i) {
    atomic_store(&choosing[i], 1);
    int max = 0;
    for (int j = 0; j < N; j++) {
        int v = atomic_load(&number[j]);
        if (v > max) max = v;
    }
    atomic_store(&number[i], max + 1);
    atomic_store(&choosing[i], 0);
    for (int j = 0; j < N; j++) {
        while (atomic_load(&choosing[j]))
            ;
        for (;;) {
            int nj = atomic_load(&number[j]);
            int ni = atomic_load(&number[i]);
            if (nj == 0 || nj > ni || (nj == ni && j >= i)) break;
        }
    }
}
static void unlock(int i) { atomic_store(&number[i], 0); }
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int k = 0; k < 100; k++) {
        lock(id);
        hits++;
        unlock(id);
    }
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", hits);
    return 0;
}
