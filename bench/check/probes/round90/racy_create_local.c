/* racy: main passes &cfg (a local) to the thread and then keeps modifying cfg.limit while the
   thread reads it. */
#include <pthread.h>
struct cfg { int limit; int verbose; };
static void *worker(void *arg) {
    struct cfg *c = arg;
    long s = 0;
    for (int i = 0; i < c->limit; i++) s += i;
    return (void *)s;
}
int main(void) {
    struct cfg cfg = { 100, 0 };
    pthread_t t;
    pthread_create(&t, NULL, worker, &cfg);
    cfg.limit = 200;
    pthread_join(t, NULL);
    return 0;
}
