// Szymanski's mutual exclusion for 3 threads with seq_cst atomic flags; the
// shared log counter is only written inside the critical section.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
static atomic_int flag[N];
static int shared_log;
static int all_below(int lo, int hi, int bound) {
    for (int j = lo; j < hi; j++)
        if (atomic_load(&flag[j]) >= bound) return 0;
    return 1;
}
static int any_eq(int i, int v) {
    for (int j = 0; j < N; j++)
        if (j != i && atomic_load(&flag[j]) == v) return 1;
    return 0;
}
static void lock(int i) {
    atomic_store(&flag[i], 1);
    while (!all_below(0, N, 3)) ;
    atomic_store(&flag[i], 3);
    if (any_eq(i, 1)) {
        atomic_store(&flag[i], 2);
        while (!any_eq(i, 4)) ;
    }
    atomic_store(&flag[i], 4);
    while (!all_below(0, i, 2)) ;
}
static void unlock(int i) {
    for (int j = i + 1; j < N; j++) {
        int f;
        while ((f = atomic_load(&flag[j])) == 2 || f == 3) ;
    }
    atomic_store(&flag[i], 0);
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
