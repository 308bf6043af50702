/* free: as the racy twin, but the worker updates local.hits only while holding tree_lock,
   the same lock the sweeper holds when writing through the tree node. */
#include <pthread.h>
#include <search.h>
#include <unistd.h>
struct key { int id; int hits; };
static pthread_mutex_t tree_lock = PTHREAD_MUTEX_INITIALIZER;
static void *root;

static int cmp(const void *a, const void *b) {
    return ((const struct key *)a)->id - ((const struct key *)b)->id;
}
static void *worker(void *arg) {
    struct key local = { (int)(long)arg, 0 };
    pthread_mutex_lock(&tree_lock);
    tsearch(&local, &root, cmp);
    pthread_mutex_unlock(&tree_lock);
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&tree_lock);
        local.hits++;
        pthread_mutex_unlock(&tree_lock);
    }
    pause(); /* local stays alive in the tree */
    return NULL;
}
static void *sweeper(void *arg) {
    struct key probe = { 1, 0 };
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&tree_lock);
        void *n = tfind(&probe, &root, cmp);
        if (n) (*(struct key **)n)->hits = 0;
        pthread_mutex_unlock(&tree_lock);
    }
    return NULL;
}
int main(void) {
    pthread_t a, s;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&s, NULL, sweeper, NULL);
    pthread_join(s, NULL);
    return 0;
}
