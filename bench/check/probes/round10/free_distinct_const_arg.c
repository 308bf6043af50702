/* free: threads are passed distinct ids 0 and 1 and write their own slot. */
#include <pthread.h>
static int slot[2];
static void *t(void *x) { long id = (long)x; slot[id] = 5; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)0L);
    pthread_create(&q, 0, t, (void *)1L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return slot[0] + slot[1];
}
