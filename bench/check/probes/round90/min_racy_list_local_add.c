/* racy: &w.link stored into global anchor.next by helper add(n,h){h->next=n;} under mu; owner then writes w.ready unlocked, other thread writes it via container_of under mu */
#include <pthread.h>
#include <stddef.h>
#include <unistd.h>
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct link { struct link *next; };
struct waiter { int ready; struct link link; };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct link anchor;
static void add(struct link *n, struct link *h) { h->next = n; }

static void *owner(void *arg) {
    struct waiter w;
    (void)arg;
    pthread_mutex_lock(&mu);
    add(&w.link, &anchor);
    pthread_mutex_unlock(&mu);
    w.ready = 5;
    pause();
    return NULL;
}
static void *waker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&mu);
    if (anchor.next) container_of(anchor.next, struct waiter, link)->ready = 1;
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, owner, NULL);
    pthread_create(&b, NULL, waker, NULL);
    pthread_join(b, NULL);
    return 0;
}
