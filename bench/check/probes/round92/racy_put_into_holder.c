/* racy: set_target(&h, &w) stores &w in h.p; the thread is given &h and increments *h.p
   while main writes w with no common lock or join in between. */
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
    w = 7;
    pthread_join(t, 0);
    return w;
}
