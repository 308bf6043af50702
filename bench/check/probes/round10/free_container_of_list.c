/* free: kernel-style intrusive list with container_of; items are added to
   the list under the list lock by two threads, and main walks it after
   joining. */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
struct list_head { struct list_head *next, *prev; };
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct item { int val; struct list_head link; };
static struct list_head head = { &head, &head };
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;
static void list_add(struct list_head *n, struct list_head *h) { n->next = h->next; n->prev = h; h->next->prev = n; h->next = n; }
static void *adder(void *a) {
    struct item *it = malloc(sizeof *it);
    it->val = (int)(long)a;
    pthread_mutex_lock(&list_lock);
    list_add(&it->link, &head);
    pthread_mutex_unlock(&list_lock);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, adder, (void *)1L);
    pthread_create(&q, 0, adder, (void *)2L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    int s = 0;
    struct list_head *pos = head.next;
    while (pos != &head) { struct item *it = container_of(pos, struct item, link); pos = pos->next; s += it->val; free(it); }
    return s;
}
