/* TRUTH: racy. After starting f (reads x) main jumps back into the for loop's body, which writes x. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t;
    int i, started = 0;
    for (i = 0; i < 1; i++) {
    body:
        x = i;
    }
    if (!started) {
        started = 1;
        pthread_create(&t, 0, f, 0);
        goto body;
    }
    pthread_join(t, 0);
    return 0;
}
