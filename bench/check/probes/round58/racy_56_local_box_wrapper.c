/* TRUTH: racy — each thread builds its own local struct box with a mutex and locks it through lkb(&b): excludes nothing; both do total++ concurrently. */
#include <pthread.h>
struct box { pthread_mutex_t m; int tag; };
static long total;
static void lkb(struct box *b) { pthread_mutex_lock(&b->m); }
static void ulb(struct box *b) { pthread_mutex_unlock(&b->m); }
static void *w(void *arg) {
    (void)arg;
    struct box b = { PTHREAD_MUTEX_INITIALIZER, 0 };
    for (int i = 0; i < 20; i++) { lkb(&b); total++; ulb(&b); }
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return (int)total;
}
