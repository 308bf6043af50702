/* TRUTH: racy — handles copied into an array and the array element detached; join of t waits for nothing */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    pthread_t t, keep[1];
    pthread_create(&t, 0, w, 0);
    keep[0] = t;
    pthread_detach(keep[0]);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
