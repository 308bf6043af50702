/* free: loop with break and continue; the lock is held across the break and
   released after the loop, which writes `last` before unlocking. */
#include <pthread.h>
static int items[8];
static int last;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *t(void *x) {
    (void)x;
    int i;
    pthread_mutex_lock(&m);
    for (i = 0; i < 8; i++) {
        if (items[i] != 0) continue;
        items[i] = 1;
        break;
    }
    last = i;
    pthread_mutex_unlock(&m);
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
