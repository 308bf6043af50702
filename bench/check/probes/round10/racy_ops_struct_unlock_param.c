/* racy: a global ops table's `rel` member unlocks the mutex it is given;
   the thread calls O.rel(&m) and then writes cnt with no lock held. */
#include <pthread.h>
struct ops { void (*rel)(pthread_mutex_t *); };
static void rel_impl(pthread_mutex_t *l) { pthread_mutex_unlock(l); }
static struct ops O = { rel_impl };
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *t(void *x) { (void)x; pthread_mutex_lock(&m); O.rel(&m); cnt++; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cnt;
}
