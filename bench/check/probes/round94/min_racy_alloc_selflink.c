/* racy: fix_back(&n->link) does l->next->prev = l with l->next = &head: it stores the
   node into head, where the thread finds it and writes data while main does. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
struct list { struct list *_Atomic next, *_Atomic prev; };
struct node { struct list link; int data; };
static struct list head;
static void fix_back(struct list *l) { l->next->prev = l; }
static struct node *make(void) {
    struct node *n = calloc(1, sizeof *n);
    n->link.next = &head;
    fix_back(&n->link);
    return n;
}
static void *worker(void *a) {
    (void)a;
    struct list *l;
    while (!(l = head.prev)) ;
    ((struct node *)l)->data = 1;
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
