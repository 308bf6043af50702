/* TRUTH: racy. The else branch starts f (reads x) and jumps back into the then branch, which writes x. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t;
    int started = 0;
    if (started) {
    again:
        x = 1;
    } else {
        pthread_create(&t, 0, f, 0);
        started = 1;
        goto again;
    }
    pthread_join(t, 0);
    return 0;
}
