// Join counter: workers write their result, then fetch_add(done) with seq_cst;
// main spins until done == N and then reads results (release/acquire chain).
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
    while (atomic_load(&done) != N) ;
    int s = 0;
    for (int i = 0; i < N; i++) s += results[i];
    printf("%d\n", s);
    return 0;
}
