/* TRUTH: racy. The goto from the inner loop back to L in the outer loop's body comes after w started; the rerun of m2 = i + j races with w. */
#include <pthread.h>
int m2;
void *w(void *a) { m2 = -1; return a; }
int main(void) {
    pthread_t t;
    int i, j, started = 0;
    for (i = 0; i < 2; i++) {
    L:
        m2 = i;
        for (j = 0; j < 2; j++) {
            if (!started) {
                started = 1;
                pthread_create(&t, 0, w, 0);
                goto L;
            }
        }
    }
    pthread_join(t, 0);
    return 0;
}
