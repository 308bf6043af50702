/* racy: each thread locks a mutex that is a LOCAL variable of the thread
   function, so the two threads hold different mutexes. */
#include <pthread.h>
static int shared;
static void *t(void *x) {
    (void)x;
    pthread_mutex_t m;
    pthread_mutex_init(&m, 0);
    pthread_mutex_lock(&m);
    shared++;
    pthread_mutex_unlock(&m);
    pthread_mutex_destroy(&m);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
