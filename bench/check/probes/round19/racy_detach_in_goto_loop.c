/* TRUTH: racy. Detached threads (read x) started by a goto loop may still run when main writes x. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
again:
    pthread_create(&t, 0, f, 0);
    pthread_detach(t);
    if (++i < 2)
        goto again;
    x = 1;
    pthread_exit(0);
}
