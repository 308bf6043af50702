/* racy: both threads tsearch() the same key object's tree; the node returned by tsearch points
   at the shared global 'k', and both threads write (*node)->hits without a common lock (the
   tree op is locked, the update is not). */
#include <pthread.h>
#include <search.h>
struct key { int id; int hits; };
static pthread_mutex_t tree_lock = PTHREAD_MUTEX_INITIALIZER;
static void *root;
static struct key k = { 7, 0 };

static int cmp(const void *a, const void *b) {
    return ((const struct key *)a)->id - ((const struct key *)b)->id;
}
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&tree_lock);
        struct key **node = tsearch(&k, &root, cmp);
        pthread_mutex_unlock(&tree_lock);
        (*node)->hits++;
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return k.hits;
}
