/* TRUTH: racy. run()'s pass 2 takes the else branch and writes x while f (reads x), started in pass 1, runs. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
static void run(pthread_t *t) {
    int i = 0;
again:
    if (i == 0) {
        pthread_create(t, 0, f, 0);
        i = 1;
        goto again;
    } else
        x = 1;
}
int main(void) {
    pthread_t t;
    run(&t);
    pthread_join(t, 0);
    return 0;
}
