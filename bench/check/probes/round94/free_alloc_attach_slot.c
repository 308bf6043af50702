/* free: make() sets p->slot to its own spare field and attach(p, p) stores p there
   (*q->slot = n); gslot stays NULL, so the thread never touches the node. */
#include <pthread.h>
#include <stdlib.h>
struct node { struct node **slot; struct node *self; int data; };
static struct node *gslot;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void attach(struct node *n, struct node *q) { *q->slot = n; }
static struct node *make(void) {
    struct node *p = calloc(1, sizeof *p);
    p->slot = &p->self;
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
