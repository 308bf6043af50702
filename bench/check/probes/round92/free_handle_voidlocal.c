/* race-free: retarget(v, t1) with v = &a stores the same handle back into a.t; the join
   of a.t waits for w1, which wrote counter, before main reads it. */
#include <pthread.h>
#include <unistd.h>
struct holder { int pad; pthread_t t; };
static struct holder a;
static int counter;
static void *w1(void *arg) { (void)arg; counter = 1; return 0; }
static void retarget(void *obj, pthread_t t2) { ((struct holder *)obj)->t = t2; }
int main(void) {
    pthread_create(&a.t, 0, w1, 0);
    pthread_t t1 = a.t;
    void *v = &a;
    retarget(v, t1);
    pthread_join(a.t, 0);
    return counter;
}
