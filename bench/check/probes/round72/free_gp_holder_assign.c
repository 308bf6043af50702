/* TRUTH: free — struct assignment H = n puts &y into H.p before create; thread writes y, main writes x */
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
    x = 2;
    pthread_join(t, 0);
    return x + y;
}
