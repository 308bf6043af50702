/* free: link_self copies l into its own prev with memcpy; the node stays main's, the
   worker never reaches it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct list { struct list *next, *prev; int data; };
static struct list head;
static pthread_mutex_t hm = PTHREAD_MUTEX_INITIALIZER;
static void link_self(struct list *l) { memcpy(&l->prev, &l, sizeof l); }
static struct list *make(void) {
    struct list *n = calloc(1, sizeof *n);
    n->next = &head;
    pthread_mutex_lock(&hm);
    link_self(n);
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
