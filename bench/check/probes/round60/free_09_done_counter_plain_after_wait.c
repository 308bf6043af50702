/* TRUTH: free — each worker writes res[id] plainly then does a RELEASE __atomic_fetch_add on done; main spins with ACQUIRE loads until done==N. Each RMW heads a release sequence continued by the later RMWs, so the load that reads N synchronizes with every worker: all res[] writes and all RMWs on done happen-before main's plain reads of res[] and its plain read and write of done. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static int done;
static int res[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    res[id] = id * id;
    __atomic_fetch_add(&done, 1, __ATOMIC_RELEASE);
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    while (__atomic_load_n(&done, __ATOMIC_ACQUIRE) < N)
        ;
    int sum = 0;
    for (int i = 0; i < N; i++) sum += res[i];
    printf("%d %d\n", sum, done);   /* plain read of done */
    done = 0;                        /* plain write of done */
    for (int i = 0; i < N; i++) pthread_detach(t[i]);
    return 0;
}
