/* TRUTH: racy — attr set JOINABLE then DETACHED (last wins); the join waits for nothing, main's read races with the write */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    pthread_attr_t at;
    pthread_t t;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_JOINABLE);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &at, w, 0);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    pthread_attr_destroy(&at);
    return res;
}
