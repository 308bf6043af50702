/* TRUTH: race-free. table is written before any thread starts and never again; detached threads only read it. */
#include <pthread.h>
int table[4];
void *f(void *a) {
    int s = table[0] + table[3];
    (void)s;
    return 0;
}
int main(void) {
    pthread_t t;
    int i = 0;
    for (int k = 0; k < 4; k++)
        table[k] = k;
again:
    pthread_create(&t, 0, f, 0);
    pthread_detach(t);
    if (++i < 3)
        goto again;
    pthread_exit(0);
}
