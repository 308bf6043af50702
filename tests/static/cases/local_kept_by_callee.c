// A thread's local made reachable by a call that keeps its address: a helper storing it
// where a global pointer's target is (put(&slot, &w)), or the C library's tsearch. The
// owner's unlocked write then meets another thread's locked one; a local given to a helper
// that stores it into another local only, and to a library call that keeps nothing, is not.
#include <pthread.h>
#include <search.h>
#include <string.h>

struct waiter {
    int ready;
    int id;
};
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct waiter *slot;
static void *root;
static int cmp(const void *a, const void *b) { return ((const struct waiter *)a)->id - ((const struct waiter *)b)->id; }
static void put(struct waiter **s, struct waiter *w) { *s = w; }

static void *owner(void *arg)
{
    struct waiter w = {0, 1}, k = {0, 2}, mine = {0, 3}, *spare = NULL, copy;
    (void)arg;
    pthread_mutex_lock(&mu);
    put(&slot, &w);
    tsearch(&k, &root, cmp);
    put(&spare, &mine);
    pthread_mutex_unlock(&mu);
    memcpy(&copy, &mine, sizeof copy);
    w.ready = 5;    // RACE (possible)
    k.ready = 5;    // RACE (possible)
    mine.ready = 5; // NORACE
    spare->id = copy.id;
    return NULL;
}

static void *waker(void *arg)
{
    struct waiter probe = {0, 2};
    (void)arg;
    pthread_mutex_lock(&mu);
    if (slot)
        slot->ready = 1; // RACE (possible)
    struct waiter **n = tfind(&probe, &root, cmp);
    if (n)
        (*n)->ready = 1; // RACE (possible)
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, owner, NULL);
    pthread_create(&b, NULL, waker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
