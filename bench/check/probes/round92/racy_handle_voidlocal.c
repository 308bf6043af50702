/* racy: retarget(v, t2) with v = &a (a void * local) stores t2 over a.t; the join of a.t
   then waits for t2, not for the first worker, which writes counter while main reads it. */
#include <pthread.h>
struct holder { int pad; pthread_t t; };
static struct holder a;
static int counter;
static void *w1(void *arg) { (void)arg; counter = 1; return 0; }
static void *w2(void *arg) { (void)arg; return 0; }
static void retarget(void *obj, pthread_t t2) { ((struct holder *)obj)->t = t2; }
int main(void) {
    pthread_t t2;
    pthread_create(&a.t, 0, w1, 0);
    pthread_create(&t2, 0, w2, 0);
    void *v = &a;
    retarget(v, t2);
    pthread_join(a.t, 0);
    return counter;
}
