/* TRUTH: race-free. Each pass joins f before the next write of x (labels l_rfpz/l_obcge share a hash). */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
l_rfpz:
    x = i;
    pthread_create(&t, 0, f, 0);
    pthread_join(t, 0);
    if (++i < 2)
        goto l_rfpz;
    if (i > 5)
        goto l_obcge;
    return 0;
l_obcge:
    return 1;
}
