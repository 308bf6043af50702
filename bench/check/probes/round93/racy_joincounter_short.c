// Join counter (seq_cst) but main only waits for N-1 workers before reading
// all results: the last worker's write races with main's read.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
static int results[N];
static atomic_int done;
static void *worker(void *arg) {
    long i = (long)arg;
    results[i] = (int)(i * 7);
    atomic_fetch_add(&done, 1);
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        pthread_detach(t[i]);
    }
    while (atomic_load(&done) < N - 1) ;
    int s = 0;
    for (int i = 0; i < N; i++) s += results[i];
    printf("%d\n", s);
    return 0;
}
