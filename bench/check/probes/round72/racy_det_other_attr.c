/* TRUTH: racy — the writer is created with attr d (DETACHED) and the joinable attr j goes to bg; the join of t waits for nothing */
#include <pthread.h>
int res, other;
static void *w(void *a) { (void)a; res = 1; return 0; }
static void *bg(void *a) { (void)a; return 0; }
int main(void) {
    pthread_attr_t d, j;
    pthread_t t, b;
    pthread_attr_init(&d);
    pthread_attr_init(&j);
    pthread_attr_setdetachstate(&d, PTHREAD_CREATE_DETACHED);
    pthread_create(&b, &j, bg, 0);
    pthread_create(&t, &d, w, 0);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    pthread_join(b, 0);
    return res;
}
