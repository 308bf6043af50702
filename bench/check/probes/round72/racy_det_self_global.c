/* TRUTH: racy — the thread stores pthread_self() in a global me and detaches me; main's join (after a barrier) waits for nothing */
#include <pthread.h>
int res;
pthread_t me;
pthread_barrier_t bar;
static void *w(void *a) {
    (void)a;
    me = pthread_self();
    pthread_detach(me);
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
