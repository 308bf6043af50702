/* TRUTH: racy. One handle reused by a goto loop; the single join joins only the last thread, the first two may still read x when main writes it. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
again:
    pthread_create(&t, 0, f, 0);
    if (++i < 3)
        goto again;
    pthread_join(t, 0);
    x = 1;
    return 0;
}
