/* TRUTH: racy. Third pass writes x while t[0] (reads x) may run; two gotos jump back to one label. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[2];
    int i = 0, n = 0;
again:
    x = i;
    if (i == 0) {
        i = 1;
        goto again;
    }
    pthread_create(&t[n], 0, f, 0);
    n++;
    if (n < 2)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
