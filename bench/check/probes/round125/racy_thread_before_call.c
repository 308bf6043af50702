/* TRUTH: racy — main starts w0 before the call; stop() returns -1 without joining it (nondet 1), and that branch writes y while w0 writes y */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t0;
static int y;
static void *w0(void *a) { (void)a; y = 1; return NULL; }
static int stop(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_join(t0, NULL);
    return 0;
}
int main(void)
{
    pthread_create(&t0, NULL, w0, NULL);
    if (stop() != 0) {
        y = 2;
        pthread_join(t0, NULL);
    }
    return 0;
}
