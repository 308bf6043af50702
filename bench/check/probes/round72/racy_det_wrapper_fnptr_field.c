/* TRUTH: racy — an ops table's .release = pthread_detach is called on t; join waits for nothing */
#include <pthread.h>
struct ops { int (*release)(pthread_t); };
static const struct ops O = { .release = pthread_detach };
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    O.release(t);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
