/* TRUTH: racy — ip2 is an alias symbol of ip; main sets it to &y before create, so the thread writes y, and main writes y unordered */
#include <pthread.h>
int x, y;
int *ip = &x;
extern int *ip2 __attribute__((alias("ip")));
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    ip2 = &y;
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
