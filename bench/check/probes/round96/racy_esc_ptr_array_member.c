/* racy: link_back stores l through (*l->up), a pointer loaded from the object's array
   member (it is &head), publishing the node to the worker. */
#include <pthread.h>
#include <stdlib.h>
struct list { struct list *up[1]; struct list *prev; int data; };
static struct list head;
static pthread_mutex_t hm = PTHREAD_MUTEX_INITIALIZER;
static void link_back(struct list *l) { (*l->up)->prev = l; }
static struct list *make(void) {
    struct list *n = calloc(1, sizeof *n);
    n->up[0] = &head;
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
