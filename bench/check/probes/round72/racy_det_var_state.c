/* TRUTH: racy — the state is a variable holding PTHREAD_CREATE_DETACHED; join waits for nothing */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(int argc, char **argv) {
    (void)argv;
    int st = argc > 0 ? PTHREAD_CREATE_DETACHED : PTHREAD_CREATE_JOINABLE;
    pthread_attr_t at;
    pthread_t t;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, st);
    pthread_create(&t, &at, w, 0);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
