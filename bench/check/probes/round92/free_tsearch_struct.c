/* race-free: tsearch keeps &item in the global tree; the worker finds it and writes its
   count; main writes item.count only after the join. */
#include <pthread.h>
#include <search.h>
struct item { int key; int count; };
static void *root;
static int cmp(const void *a, const void *b) { return ((const struct item *)a)->key - ((const struct item *)b)->key; }
static void *worker(void *arg) {
    (void)arg;
    struct item probe = {1, 0};
    void *r = tfind(&probe, &root, cmp);
    if (r)
        (*(struct item **)r)->count++;
    return 0;
}
int main(void) {
    pthread_t t;
    struct item item = {1, 0};
    struct item *ip = &item;
    tsearch(ip, &root, cmp);
    pthread_create(&t, 0, worker, 0);
    pthread_join(t, 0);
    item.count = 9;
    return item.count;
}
