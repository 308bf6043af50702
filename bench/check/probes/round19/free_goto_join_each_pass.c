/* TRUTH: race-free. Each pass joins its thread before main's x++. */
#include <pthread.h>
int x;
void *f(void *a) { x++; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
again:
    pthread_create(&t, 0, f, 0);
    pthread_join(t, 0);
    x++;
    if (++i < 3)
        goto again;
    return 0;
}
