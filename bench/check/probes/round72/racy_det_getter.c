/* TRUTH: racy — pthread_detach(get()) detaches the thread whose handle get() returns (t's); the join waits for nothing */
#include <pthread.h>
int res;
static pthread_t last;
static pthread_t get(void) { return last; }
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    pthread_create(&last, 0, w, 0);
    pthread_detach(get());
    pthread_join(last, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
