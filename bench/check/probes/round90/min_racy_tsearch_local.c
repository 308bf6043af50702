/* racy: &local inserted into a global tsearch tree under mu; owner writes local.hits unlocked, the
   other thread finds it with tfind and writes hits under mu */
#include <pthread.h>
#include <search.h>
#include <unistd.h>
struct key { int id; int hits; };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *root;
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

static void *owner(void *arg) {
    struct key local = { 1, 0 };
    (void)arg;
    pthread_mutex_lock(&mu);
    tsearch(&local, &root, cmp);
    pthread_mutex_unlock(&mu);
    local.hits = 5;
    pause();
    return NULL;
}
static void *other(void *arg) {
    struct key probe = { 1, 0 };
    (void)arg;
    pthread_mutex_lock(&mu);
    struct key **n = tfind(&probe, &root, cmp);
    if (n) (*n)->hits = 0;
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, owner, NULL);
    pthread_create(&b, NULL, other, NULL);
    pthread_join(b, NULL);
    return 0;
}
