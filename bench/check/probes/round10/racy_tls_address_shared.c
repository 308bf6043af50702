/* racy: a _Thread_local variable of the main thread has its address passed to
   a worker, which writes it while main also writes it. */
#include <pthread.h>
static _Thread_local int tls_val;
static void *t(void *x) { int *p = x; *p = 7; return 0; }
int main(void) {
    pthread_t p;
    pthread_create(&p, 0, t, &tls_val);
    tls_val = 3;
    pthread_join(p, 0);
    return tls_val;
}
