/* TRUTH: race-free. Each outer pass joins both readers before writing x. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[2];
    int n = 0, k;
outer:
    k = 0;
inner:
    pthread_create(&t[k], 0, f, 0);
    if (++k < 2)
        goto inner;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    x++;
    if (++n < 2)
        goto outer;
    return 0;
}
