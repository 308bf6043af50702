/* race-free: set_target(&h, &w) stores &w in h.p; the thread increments *h.p and main
   writes w only after joining it. */
#include <pthread.h>
struct holder { int *p; };
static void set_target(struct holder *h, int *v) { h->p = v; }
static void *worker(void *arg) {
    struct holder *h = arg;
    (*h->p)++;
    return 0;
}
int main(void) {
    pthread_t t;
    struct holder h;
    int w = 0;
    set_target(&h, &w);
    pthread_create(&t, 0, worker, &h);
    pthread_join(t, 0);
    w = 7;
    return w;
}
