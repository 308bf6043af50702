/* racy: make() sets p->slot = &gslot and attach(p, p) stores p into *p->slot, i.e. into
   gslot; the thread picks it up and writes data while main writes it. */
#include <pthread.h>
#include <stdlib.h>
struct node { struct node **slot; int data; };
static struct node *gslot;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void attach(struct node *n, struct node *q) { *q->slot = n; }
static struct node *make(void) {
    struct node *p = calloc(1, sizeof *p);
    p->slot = &gslot;
    pthread_mutex_lock(&gm);
    attach(p, p);
    pthread_mutex_unlock(&gm);
    return p;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&gm);
    struct node *g = gslot;
    pthread_mutex_unlock(&gm);
    if (g) g->data = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct node *n = make();
    n->data = 2;
    pthread_join(t, 0);
    return 0;
}
