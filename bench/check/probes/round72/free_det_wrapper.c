/* TRUTH: free — the detach wrapper is called on bg's handle only; t is joined */
#include <pthread.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
static void *bg(void *a) { (void)a; return 0; }
static void let_go(pthread_t h) { pthread_detach(h); }
int main(void) {
    pthread_t t, b;
    pthread_create(&b, 0, bg, 0);
    pthread_create(&t, 0, w, 0);
    let_go(b);
    pthread_join(t, 0);
    return res;
}
