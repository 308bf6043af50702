/* racy: global pointer gp is re-pointed by main from `a` to `b` before
   creating the thread; the thread writes *gp (= b) while main writes b. */
#include <pthread.h>
static int a, b;
static int *gp = &a;
static void *t(void *x) { (void)x; *gp = 1; return 0; }
int main(void) {
    gp = &b;
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    b = 2;
    pthread_join(th, 0);
    return a + b;
}
