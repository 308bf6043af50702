/* TRUTH: racy. start_all's goto loop writes x in pass 2 while t[0] (reads x) runs. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
static void start_all(pthread_t *t, int n) {
    int i = 0;
again:
    x = i;
    pthread_create(&t[i], 0, f, 0);
    if (++i < n)
        goto again;
}
int main(void) {
    pthread_t t[2];
    start_all(t, 2);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
