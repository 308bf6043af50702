/* TRUTH: racy. Pass 2 starts fa (writes x) while pass 1's fb (reads x, never joined before) may still run. */
#include <pthread.h>
int x;
void *fa(void *a) { x = 1; return 0; }
void *fb(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t a, b[2];
    int i = 0;
again:
    pthread_create(&a, 0, fa, 0);
    pthread_join(a, 0);
    pthread_create(&b[i], 0, fb, 0);
    if (++i < 2)
        goto again;
    pthread_join(b[0], 0);
    pthread_join(b[1], 0);
    return 0;
}
