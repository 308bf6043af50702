/* free: the same start routine runs in two threads with args 0 and 1; only
   the thread with arg 0 writes x, only the one with arg 1 writes y. */
#include <pthread.h>
static int x, y;
static void *t(void *a) {
    if ((long)a == 0) x++;
    else y++;
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)0L);
    pthread_create(&q, 0, t, (void *)1L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return x + y;
}
