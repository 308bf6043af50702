/* TRUTH: racy — cip = &x (const int *); the thread reads *cip while main writes x */
#include <pthread.h>
static int x;
static const int *cip = &x;
static void *r(void *a) { (void)a; return (void *)(long)*cip; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    x = 2;
    pthread_join(t, &res);
    return (int)(long)res;
}
