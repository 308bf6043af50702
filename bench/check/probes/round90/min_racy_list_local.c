/* racy: &w stored via helper into global slot; owner writes w.ready unlocked, other thread writes under mu */
#include <pthread.h>
#include <stddef.h>
#include <unistd.h>
struct waiter { int ready; };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct waiter *slot;
static void put(struct waiter **s, struct waiter *w) { *s = w; }

static void *owner(void *arg) {
    struct waiter w;
    (void)arg;
    pthread_mutex_lock(&mu);
    put(&slot, &w);
    pthread_mutex_unlock(&mu);
    w.ready = 5;
    pause();
    return NULL;
}
static void *waker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&mu);
    if (slot) slot->ready = 1;
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
