/* free: init_reg() links the node to itself only (last stays NULL); the thread never
   sees the node, so main alone writes n->data. */
#include <pthread.h>
#include <stdlib.h>
struct list { struct list *next, *prev; };
struct node { struct list link; int data; };
static struct list *last;
static pthread_mutex_t lm = PTHREAD_MUTEX_INITIALIZER;
static void init_reg(struct list *l) {
    l->next = l;
    l->prev = l;
    pthread_mutex_lock(&lm);
    (void)l;
    pthread_mutex_unlock(&lm);
}
static struct node *make(void) {
    struct node *n = calloc(1, sizeof *n);
    init_reg(&n->link);
    return n;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&lm);
    struct list *l = last;
    pthread_mutex_unlock(&lm);
    if (l) ((struct node *)l)->data = 1;
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
