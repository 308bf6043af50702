/* TRUTH: racy — setdetachstate(DETACHED) called via a _Generic-selected designator; the join waits for nothing */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    pthread_attr_t at;
    pthread_t t;
    pthread_attr_init(&at);
    _Generic(0, int: pthread_attr_setdetachstate)(&at, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &at, w, 0);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
