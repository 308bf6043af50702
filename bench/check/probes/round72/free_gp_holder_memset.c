/* TRUTH: free — H.p = &x, but main memcpy's a holder with &y over H before create; thread writes *H.p = y, main writes x */
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
    x = 2;
    pthread_join(t, 0);
    return x + y;
}
