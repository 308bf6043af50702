/* free: atomic_init runs in main before threads are created; the threads
   then only use atomic operations. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int cnt;
static void *a(void *x) { (void)x; atomic_fetch_add(&cnt, 1); return 0; }
int main(void) {
    atomic_init(&cnt, 5);
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, a, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return atomic_load(&cnt);
}
