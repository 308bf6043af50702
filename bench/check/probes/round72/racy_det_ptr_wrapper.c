/* TRUTH: racy — a wrapper taking pthread_t * detaches *h; the later join waits for nothing */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
static void let_go(pthread_t *h) { pthread_detach(*h); }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    let_go(&t);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
