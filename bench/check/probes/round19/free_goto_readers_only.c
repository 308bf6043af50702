/* TRUTH: race-free. x is written before any thread starts and after all are joined; threads only read. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[3];
    int i = 0;
    x = 5;
again:
    pthread_create(&t[i], 0, f, 0);
    if (++i < 3)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    pthread_join(t[2], 0);
    x = 6;
    return 0;
}
