/* racy: like a sibling-join program but thread B does not join A before
   writing `res`; main joins B only and A is detached. */
#include <pthread.h>
static int res;
static pthread_t ta;
static void *fa(void *x) { (void)x; res = 1; return 0; }
static void *fb(void *x) { (void)x; res = 2; return 0; }
int main(void) {
    pthread_t tb;
    pthread_create(&ta, 0, fa, 0);
    pthread_detach(ta);
    pthread_create(&tb, 0, fb, 0);
    pthread_join(tb, 0);
    pthread_exit(0);
}
