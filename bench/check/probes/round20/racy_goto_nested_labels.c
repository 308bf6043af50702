/* TRUTH: racy. goto A (outer) is taken after inner loop B started w; the rerun from A writes p while w writes p. */
#include <pthread.h>
int p;
void *w(void *a) { p = 1; return a; }
int main(void) {
    pthread_t t;
    int i = 0, j = 0, started = 0;
A:
    p = 0;
B:
    if (j++ < 2)
        goto B;
    if (!started) {
        pthread_create(&t, 0, w, 0);
        started = 1;
    }
    if (i++ < 1)
        goto A;
    pthread_join(t, 0);
    return 0;
}
