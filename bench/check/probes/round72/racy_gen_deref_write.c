/* TRUTH: racy — the thread writes *(_Generic-selected ip) = x while main writes x */
#include <pthread.h>
int x;
int *ip = &x;
static void *w(void *a) { (void)a; *_Generic(0, int: ip) = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    x = 2;
    pthread_join(t, 0);
    return x;
}
