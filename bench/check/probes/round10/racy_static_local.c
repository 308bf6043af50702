/* racy: a function-local `static` counter in the thread function is shared by
   all threads, incremented without a lock. */
#include <pthread.h>
static void *t(void *x) {
    static int calls;
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
