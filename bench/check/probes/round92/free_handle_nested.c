/* race-free: reset(&o, t1) stores w1's own handle back into o.in.t; the join of o.in.t
   waits for w1 before main reads counter. */
#include <pthread.h>
struct inner { pthread_t t; };
struct outer { int x; struct inner in; };
static struct outer o;
static int counter;
static void *w1(void *arg) { (void)arg; counter = 1; return 0; }
static void reset(void *obj, pthread_t t2) { struct outer *p = obj; p->in.t = t2; }
int main(void) {
    pthread_create(&o.in.t, 0, w1, 0);
    pthread_t t1 = o.in.t;
    reset(&o, t1);
    pthread_join(o.in.t, 0);
    return counter;
}
