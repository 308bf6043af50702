/* free: threads are started through a spawn() helper; fa writes la and fb
   writes lb (distinct variables). */
#include <pthread.h>
static int la, lb;
static void *fa(void *x) { (void)x; la = 1; return 0; }
static void *fb(void *x) { (void)x; lb = 2; return 0; }
static pthread_t spawn(void *(*fn)(void *), void *arg) { pthread_t t; pthread_create(&t, 0, fn, arg); return t; }
int main(void) {
    pthread_t a = spawn(fa, 0);
    pthread_t b = spawn(fb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return la + lb;
}
