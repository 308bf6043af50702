/* TRUTH: racy — sizeof(ip = &y) is not evaluated: ip still points at x; thread writes x, main writes x */
#include <pthread.h>
int x, y;
int *ip = &x;
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    (void)sizeof(ip = &y);
    pthread_create(&t, 0, w, 0);
    x = 2;
    pthread_join(t, 0);
    return x + y;
}
