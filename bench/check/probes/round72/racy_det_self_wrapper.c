/* TRUTH: racy — the thread detaches itself through a helper; main's join (after a barrier) waits for nothing */
#include <pthread.h>
int res;
pthread_barrier_t bar;
static void cut_loose(void) { pthread_detach(pthread_self()); }
static void *w(void *a) {
    (void)a;
    cut_loose();
    pthread_barrier_wait(&bar);
    res = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_barrier_init(&bar, 0, 2);
    pthread_create(&t, 0, w, 0);
    pthread_barrier_wait(&bar);
    pthread_join(t, 0); /* detached already: UB, glibc returns EINVAL */
    return res;
}
