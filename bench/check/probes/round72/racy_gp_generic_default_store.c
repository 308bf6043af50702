/* TRUTH: racy — _Generic(0, default: ip) = &y (the default association as lvalue) repoints ip at y; thread writes y, main writes y unordered */
#include <pthread.h>
int x, y;
int *ip = &x;
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    _Generic(0, default: ip) = &y;
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
