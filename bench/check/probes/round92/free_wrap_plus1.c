/* race-free: lk(p) locks p + 1; thread a passes &locks[0] and so holds locks[1] while
   writing slot[1], which thread b writes under locks[1] too. */
#include <pthread.h>
static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static int slot[2];
static void lk(pthread_mutex_t *p) { pthread_mutex_lock(p + 1); }
static void ul(pthread_mutex_t *p) { pthread_mutex_unlock(p + 1); }
static void *ta(void *arg) {
    (void)arg;
    lk(&locks[0]);
    slot[1]++;
    ul(&locks[0]);
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    pthread_mutex_lock(&locks[1]);
    slot[1]++;
    pthread_mutex_unlock(&locks[1]);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return slot[1];
}
