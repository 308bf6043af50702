/* free: both threads use __atomic_fetch_add / __sync_fetch_and_add on a plain
   int; main reads it only after joining. */
#include <pthread.h>
static int cnt;
static void *t1(void *x) { (void)x; __atomic_fetch_add(&cnt, 1, __ATOMIC_SEQ_CST); return 0; }
static void *t2(void *x) { (void)x; __sync_fetch_and_add(&cnt, 1); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t1, 0);
    pthread_create(&q, 0, t2, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cnt;
}
