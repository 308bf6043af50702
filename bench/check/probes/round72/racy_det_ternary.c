/* TRUTH: racy — pthread_detach(argc > 0 ? t : b) detaches t (argc >= 1); the join of t waits for nothing */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
static void *bg(void *a) { (void)a; return 0; }
int main(int argc, char **argv) {
    (void)argv;
    pthread_t t, b;
    pthread_create(&b, 0, bg, 0);
    pthread_create(&t, 0, w, 0);
    pthread_detach(argc > 0 ? t : b);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    pthread_join(b, 0);
    return res;
}
