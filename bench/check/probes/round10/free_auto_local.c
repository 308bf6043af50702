/* free: the counter is an automatic local, one per thread invocation. */
#include <pthread.h>
static void *t(void *x) {
    int calls = 0;
    (void)x;
    calls++;
    return (void *)(long)calls;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
