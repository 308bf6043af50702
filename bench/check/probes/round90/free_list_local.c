/* free: as racy_list_local, but the waiter writes w.ready only while holding list_lock, the
   lock the waker holds when writing ->ready through the list (container_of). */
#include <pthread.h>
#include <stddef.h>
#include <unistd.h>
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct list_head { struct list_head *next, *prev; };
struct waiter { int ready; struct list_head link; };
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;
static struct list_head waiters = { &waiters, &waiters };

static void list_add(struct list_head *n, struct list_head *h) {
    n->next = h->next; n->prev = h; h->next->prev = n; h->next = n;
}
static void *waiter_thread(void *arg) {
    struct waiter w;
    (void)arg;
    w.ready = 0;
    pthread_mutex_lock(&list_lock);
    list_add(&w.link, &waiters);
    pthread_mutex_unlock(&list_lock);
    pthread_mutex_lock(&list_lock);
    w.ready = 5;
    pthread_mutex_unlock(&list_lock);
    pause();
    return NULL;
}
static void *waker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&list_lock);
    for (struct list_head *p = waiters.next; p != &waiters; p = p->next)
        container_of(p, struct waiter, link)->ready = 1;
    pthread_mutex_unlock(&list_lock);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, waiter_thread, NULL);
    pthread_create(&b, NULL, waker, NULL);
    pthread_join(b, NULL);
    return 0;
}
