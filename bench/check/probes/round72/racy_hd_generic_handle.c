/* TRUTH: racy — plain handle t overwritten via _Generic(0, int: t) = b; pthread_join(t) joins g, f unjoined when main reads fres */
#include <pthread.h>
int fres, gres;
static void *f(void *x) { (void)x; fres = 1; return 0; }
static void *g(void *x) { (void)x; gres = 1; return 0; }
int main(void) {
    pthread_t t, b;
    pthread_create(&t, 0, f, 0);
    pthread_create(&b, 0, g, 0);
    _Generic(0, int: t) = b;
    pthread_join(t, 0);
    return fres;
}
