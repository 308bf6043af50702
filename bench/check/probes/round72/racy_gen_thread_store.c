/* TRUTH: racy — the thread stores g through a _Generic lvalue, main reads g before joining */
#include <pthread.h>
int g;
static void *w(void *a) { (void)a; _Generic(1.0, double: g) = 7; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    int v = g;
    pthread_join(t, 0);
    return v;
}
