/* TRUTH: racy. GNU __label__ local labels (same name twice): the first block's pass 2 writes x while t[0] (reads x) runs. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[2];
    int i = 0, k = 0;
    {
        __label__ again;
    again:
        x = i;
        pthread_create(&t[i], 0, f, 0);
        if (++i < 2)
            goto again;
    }
    {
        __label__ again;
    again:
        k++;
        if (k < 3)
            goto again;
    }
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
