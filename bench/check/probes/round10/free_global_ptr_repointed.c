/* free: global pointer gp is re-pointed from `a` to `b` before creating the
   thread; the thread writes *gp (= b) while main writes a. */
#include <pthread.h>
static int a, b;
static int *gp = &a;
static void *t(void *x) { (void)x; *gp = 1; return 0; }
int main(void) {
    gp = &b;
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    a = 2;
    pthread_join(th, 0);
    return a + b;
}
