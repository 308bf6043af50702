/* TRUTH: racy. The if (0) body is entered only by the goto back from below, after w started: x = 1 there races with w. */
#include <pthread.h>
int x;
void *w(void *a) { x = 2; return a; }
int main(void) {
    pthread_t t;
    int n = 0;
    if (0) {
    L:
        x = 1;
    }
    if (n++ == 0) {
        pthread_create(&t, 0, w, 0);
        goto L;
    }
    pthread_join(t, 0);
    return 0;
}
