/* racy: fix_back(&n->link) reads q = l->next (&head) and stores l into q->prev,
   publishing the fresh node; the worker writes its data while main does. */
#include <pthread.h>
#include <stdlib.h>
struct list { struct list *next, *prev; };
struct node { struct list link; int data; };
static struct list head;
static pthread_mutex_t hm = PTHREAD_MUTEX_INITIALIZER;
static void fix_back(struct list *l) { struct list *q = l->next; q->prev = l; }
static struct node *make(void) {
    struct node *n = calloc(1, sizeof *n);
    n->link.next = &head;
    pthread_mutex_lock(&hm);
    fix_back(&n->link);
    pthread_mutex_unlock(&hm);
    return n;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&hm);
    struct list *l = head.prev;
    pthread_mutex_unlock(&hm);
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
