/* TRUTH: free — c holds the handle of bg (not t) and c is detached; t is joined, so main's read after the join is ordered */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
static void *bg(void *a) { (void)a; return 0; }
int main(void) {
    pthread_t t, c, b;
    pthread_create(&b, 0, bg, 0);
    pthread_create(&t, 0, w, 0);
    c = b;
    pthread_detach(c);
    pthread_join(t, 0);
    return res;
}
