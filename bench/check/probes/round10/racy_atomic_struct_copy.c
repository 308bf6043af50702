/* racy: a struct containing an _Atomic member is copied by value (a plain,
   non-atomic read of the whole struct) in main while a thread atomically
   updates the member. */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
struct counter { atomic_int v; int pad; };
static struct counter c;
static void *inc(void *x) { (void)x; atomic_fetch_add(&c.v, 1); return 0; }
int main(void) {
    pthread_t p;
    pthread_create(&p, 0, inc, 0);
    struct counter snap;
    memcpy(&snap, &c, sizeof snap);
    pthread_join(p, 0);
    return snap.pad;
}

