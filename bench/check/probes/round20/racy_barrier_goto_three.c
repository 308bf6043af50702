/* TRUTH: racy. Barrier of 3 (main + 2 workers) passed twice, each by a goto loop; a's second y = 1 (after generation 1) races with main's read of y after generation 1. */
#include <pthread.h>
pthread_barrier_t b;
int y;
void *a(void *p) {
    int n = 0;
L:
    y = 1;
    pthread_barrier_wait(&b);
    if (++n < 2) goto L;
    return p;
}
void *c(void *p) {
    int n = 0;
L:
    pthread_barrier_wait(&b);
    if (++n < 2) goto L;
    return p;
}
int main(void) {
    pthread_t ta, tc;
    int n = 0, r = 0;
    pthread_barrier_init(&b, 0, 3);
    pthread_create(&ta, 0, a, 0);
    pthread_create(&tc, 0, c, 0);
M:
    pthread_barrier_wait(&b);
    if (n++ == 0) {
        r = y;
        goto M;
    }
    pthread_join(ta, 0);
    pthread_join(tc, 0);
    return r;
}
