/* TRUTH: race-free. Each pass writes x, then starts and joins f (writes x) before jumping back. */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
again:
    x = i;
    pthread_create(&t, 0, f, 0);
    pthread_join(t, 0);
    if (++i < 3)
        goto again;
    x = 9;
    return 0;
}
