/* TRUTH: racy — memcpy puts &y into H.p before create; thread writes y through H.p, main writes y unordered */
#include <pthread.h>
#include <string.h>
struct holder { int *p; };
int x, y;
struct holder H = { &x };
static void *w(void *a) { (void)a; *H.p = 1; return 0; }
int main(void) {
    pthread_t t;
    struct holder n = { &y };
    memcpy(&H, &n, sizeof H);
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
