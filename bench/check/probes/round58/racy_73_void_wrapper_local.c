/* TRUTH: racy — each worker makes its own local ctx and locks its lock through enter(&c): excludes nothing; both do n++. */
#include <pthread.h>
struct ctx { pthread_mutex_t lock; };
static int n;
static void enter(void *p) { pthread_mutex_lock(&((struct ctx *)p)->lock); }
static void leave(void *p) { pthread_mutex_unlock(&((struct ctx *)p)->lock); }
static void *w(void *arg) {
    (void)arg;
    struct ctx c = { PTHREAD_MUTEX_INITIALIZER };
    for (int i = 0; i < 20; i++) { enter(&c); n++; leave(&c); }
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
