/* TRUTH: racy. Only t[0] is joined before main writes x; t[1], t[2] (read x) may run. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[3];
    int i = 0;
again:
    pthread_create(&t[i], 0, f, 0);
    if (++i < 3)
        goto again;
    pthread_join(t[0], 0);
    x = 1;
    pthread_join(t[1], 0);
    pthread_join(t[2], 0);
    return 0;
}
