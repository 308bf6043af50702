/* TRUTH: racy — the handle is copied into c and c is detached (same thread); join of t waits for nothing */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    pthread_t t, c;
    pthread_create(&t, 0, w, 0);
    c = t;
    pthread_detach(c);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
