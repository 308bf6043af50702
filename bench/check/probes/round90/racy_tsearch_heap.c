/* racy: like racy_tsearch_local but the key is heap allocated: inserted under tree_lock, then
   its hits written without the lock while the sweeper writes it through tfind under the lock. */
#include <pthread.h>
#include <search.h>
#include <stdlib.h>
#include <unistd.h>
struct key { int id; int hits; };
static pthread_mutex_t tree_lock = PTHREAD_MUTEX_INITIALIZER;
static void *root;

static int cmp(const void *a, const void *b) {
    return ((const struct key *)a)->id - ((const struct key *)b)->id;
}
static void *worker(void *arg) {
    struct key *k = malloc(sizeof *k);
    k->id = (int)(long)arg; k->hits = 0;
    pthread_mutex_lock(&tree_lock);
    tsearch(k, &root, cmp);
    pthread_mutex_unlock(&tree_lock);
    for (int i = 0; i < 1000; i++) k->hits++;
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
    pthread_join(a, NULL); pthread_join(s, NULL);
    return 0;
}
