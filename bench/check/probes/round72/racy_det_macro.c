/* TRUTH: racy — detach through a function-like macro; the later join waits for nothing */
#include <pthread.h>
#define LET_GO(h) pthread_detach(h)
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    LET_GO(t);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
