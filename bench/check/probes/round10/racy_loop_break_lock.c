/* racy: loop with break: on break the lock has already been released and the
   code after the loop writes `last` unprotected. */
#include <pthread.h>
static int items[8];
static int last;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *t(void *x) {
    (void)x;
    int i;
    for (i = 0; i < 8; i++) {
        pthread_mutex_lock(&m);
        if (items[i] == 0) { items[i] = 1; pthread_mutex_unlock(&m); break; }
        pthread_mutex_unlock(&m);
    }
    last = i;
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return last;
}
