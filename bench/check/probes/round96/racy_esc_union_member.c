/* racy: the node's union holds &head as a struct list *; link_back stores l through
   l->u.up->prev (head.prev), publishing the node to the worker. */
#include <pthread.h>
#include <stdlib.h>
struct list { union { struct list *up; unsigned long raw; } u; struct list *prev; int data; };
static struct list head;
static pthread_mutex_t hm = PTHREAD_MUTEX_INITIALIZER;
static void link_back(struct list *l) { struct list **w = &l->u.up[0].prev; *w = l; }
static struct list *make(void) {
    struct list *n = calloc(1, sizeof *n);
    n->u.up = &head;
    pthread_mutex_lock(&hm);
    link_back(n);
    pthread_mutex_unlock(&hm);
    return n;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&hm);
    struct list *l = head.prev;
    pthread_mutex_unlock(&hm);
    if (l) l->data = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct list *n = make();
    n->data = 2;
    pthread_join(t, 0);
    return 0;
}
