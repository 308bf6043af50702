/* free: thread B joins thread A (handle passed via global written before B
   is created) before writing `res`, which A also wrote. */
#include <pthread.h>
static int res;
static pthread_t ta;
static void *fa(void *x) { (void)x; res = 1; return 0; }
static void *fb(void *x) { (void)x; pthread_join(ta, 0); res = 2; return 0; }
int main(void) {
    pthread_t tb;
    pthread_create(&ta, 0, fa, 0);
    pthread_create(&tb, 0, fb, 0);
    pthread_join(tb, 0);
    return res;
}
