/* racy: o.in.t holds w1's handle; reset(&o, t2), handed &o as void *, stores t2 over
   o.in.t, so the join of o.in.t waits for w2 and w1's write of counter meets main's read. */
#include <pthread.h>
struct inner { pthread_t t; };
struct outer { int x; struct inner in; };
static struct outer o;
static int counter;
static void *w1(void *arg) { (void)arg; counter = 1; return 0; }
static void *w2(void *arg) { (void)arg; return 0; }
static void reset(void *obj, pthread_t t2) { struct outer *p = obj; p->in.t = t2; }
int main(void) {
    pthread_t t2;
    pthread_create(&o.in.t, 0, w1, 0);
    pthread_create(&t2, 0, w2, 0);
    reset(&o, t2);
    pthread_join(o.in.t, 0);
    return counter;
}
