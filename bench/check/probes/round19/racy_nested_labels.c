/* TRUTH: racy. Second outer pass writes x while t[0], t[1] (read x) may run. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[4];
    int n = 0, k;
outer:
    x = n;
    k = 0;
inner:
    pthread_create(&t[n++], 0, f, 0);
    if (++k < 2)
        goto inner;
    if (n < 4)
        goto outer;
    for (k = 0; k < 4; k++)
        pthread_join(t[k], 0);
    return 0;
}
