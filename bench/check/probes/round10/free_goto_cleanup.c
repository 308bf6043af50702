/* free: goto-based error path: lock is taken first, both paths converge on
   `out` which unlocks. */
#include <pthread.h>
static int err_count, ok_count;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *t(void *x) {
    long v = (long)x;
    pthread_mutex_lock(&m);
    if (v & 1) { err_count++; goto out; }
    ok_count++;
out:
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)1L);
    pthread_create(&q, 0, t, (void *)2L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return err_count + ok_count;
}
