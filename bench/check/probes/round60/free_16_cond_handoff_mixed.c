/* TRUTH: free — T1 writes x with __atomic_store_n, then sets ready=1 under mutex m and signals; T2 waits on the condvar under m until ready, unlocks, then accesses x plainly; the mutex orders T1's atomic store before T2's plain accesses. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int x;
static int out;
static void *t1(void *arg) {
    __atomic_store_n(&x, 8, __ATOMIC_SEQ_CST);
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return arg;
}
static void *t2(void *arg) {
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    out = x;
    x = 0;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
