/* TRUTH: racy — pthread_attr_setdetachstate called through a function pointer sets DETACHED; join waits for nothing */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    int (*set)(pthread_attr_t *, int) = pthread_attr_setdetachstate;
    pthread_attr_t at;
    pthread_t t;
    pthread_attr_init(&at);
    set(&at, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &at, w, 0);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
