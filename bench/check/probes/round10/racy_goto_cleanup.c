/* racy: goto-based error path jumps past the lock to `out`, where err_count
   is incremented without the lock; the success path increments it under the
   lock. */
#include <pthread.h>
#include <stdlib.h>
static int err_count;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *t(void *x) {
    long v = (long)x;
    if (v & 1) goto out;
    pthread_mutex_lock(&m);
    err_count++;
    pthread_mutex_unlock(&m);
    return 0;
out:
    err_count++;
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)1L);
    pthread_create(&q, 0, t, (void *)2L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return err_count;
}
