/* TRUTH: racy. Pass 2 writes x while t[0] (reads x) may run. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[2];
    int i = 0;
again:
    x = 1;
    pthread_create(&t[i], 0, f, 0);
    if (++i < 2)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
