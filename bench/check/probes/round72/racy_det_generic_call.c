/* TRUTH: racy — pthread_detach called through a _Generic-selected function designator; join waits for nothing */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    _Generic(0, int: pthread_detach)(t);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
