/* TRUTH: racy — the thread detaches itself via a local copy of pthread_self(); main's join may wait for nothing */
#include <pthread.h>
int res;
static void *w(void *a) {
    (void)a;
    pthread_t me = pthread_self();
    pthread_detach(me);
    res = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0); /* if the detach came first: UB, glibc returns EINVAL */
    return res;
}
