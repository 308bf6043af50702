/* TRUTH: free — __builtin_choose_expr(1, ip, jp) = &y stores to ip; thread writes y, main writes x */
#include <pthread.h>
int x, y;
int *ip = &x;
int *jp = &x;
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    __builtin_choose_expr(1, ip, jp) = &y;
    pthread_create(&t, 0, w, 0);
    x = 2;
    pthread_join(t, 0);
    return x + y + *jp;
}
