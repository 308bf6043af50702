/* racy: both threads are passed the same id 0 by mistake and write slot[0]. */
#include <pthread.h>
static int slot[2];
static void *t(void *x) { long id = (long)x; slot[id] = 5; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)0L);
    pthread_create(&q, 0, t, (void *)0L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return slot[0];
}
