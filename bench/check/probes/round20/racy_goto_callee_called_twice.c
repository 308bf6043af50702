/* TRUTH: racy. run() loops by goto, starting w on its first pass and joining only after; e = 2 in its second pass races with w. It is called twice. */
#include <pthread.h>
int e;
void *w(void *a) { e = 1; return a; }
static void run(void) {
    pthread_t t;
    int n = 0;
L:
    e = 2;
    if (n++ == 0) {
        pthread_create(&t, 0, w, 0);
        goto L;
    }
    pthread_join(t, 0);
}
int main(void) {
    run();
    run();
    return 0;
}
