// Burns-Lynch one-bit mutual exclusion for 3 threads with seq_cst atomic flags;
// the shared buffer index is only touched inside the critical section.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
static atomic_int flag[N];
static int buf[300];
static int idx;
static void lock(int i) {
restart:
    atomic_store(&flag[i], 0);
    for (int j = 0; j < i; j++)
        if (atomic_load(&flag[j])) goto restart;
    atomic_store(&flag[i], 1);
    for (int j = 0; j < i; j++)
        if (atomic_load(&flag[j])) goto restart;
    for (int j = i + 1; j < N; j++)
        while (atomic_load(&flag[j])) ;
}
static void unlock(int i) { atomic_store(&flag[i], 0); }
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int k = 0; k < 100; k++) {
        lock(id);
        buf[idx++] = id;
        unlock(id);
    }
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", idx);
    return 0;
}
