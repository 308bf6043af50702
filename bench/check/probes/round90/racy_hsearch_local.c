/* racy: the worker enters &local into the global hsearch table (under tab_lock), then writes
   local.n unlocked; the other thread finds the entry and writes ->n under tab_lock. */
#include <pthread.h>
#include <search.h>
#include <unistd.h>
struct counter { int n; };
static pthread_mutex_t tab_lock = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg) {
    struct counter local = { 0 };
    ENTRY e = { "conn", NULL };
    (void)arg;
    e.data = &local;
    pthread_mutex_lock(&tab_lock);
    hsearch(e, ENTER);
    pthread_mutex_unlock(&tab_lock);
    for (int i = 0; i < 1000; i++) local.n++;
    pause();
    return NULL;
}
static void *resetter(void *arg) {
    ENTRY q = { "conn", NULL };
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&tab_lock);
        ENTRY *f = hsearch(q, FIND);
        if (f) ((struct counter *)f->data)->n = 0;
        pthread_mutex_unlock(&tab_lock);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    hcreate(16);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, resetter, NULL);
    pthread_join(b, NULL);
    return 0;
}
