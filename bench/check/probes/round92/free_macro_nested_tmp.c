/* race-free: TWICE nests two expansions that each declare tmp_; the inner tmp_ points at
   global hits, written by both threads under m. */
#include <pthread.h>
static int hits;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
#define INC_VIA(p) do { int *tmp_ = (p); (*tmp_)++; } while (0)
#define TWICE(q) do { int loc = 0; int *tmp_ = &loc; INC_VIA(tmp_ == &loc ? (q) : tmp_); (void)tmp_; } while (0)
static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    TWICE(&hits);
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return hits;
}
