/* TRUTH: racy — struct assignment H = n puts &y into H.p; thread and main both write y unordered */
#include <pthread.h>
struct holder { int *p; int k; };
int x, y;
struct holder H = { &x, 0 };
static void *w(void *a) { (void)a; *H.p = 1; return 0; }
int main(void) {
    pthread_t t;
    struct holder n = { &y, 1 };
    H = n;
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
