/* TRUTH: free — !probe() holds exactly when w was started, and that branch joins it before x = 2; the other started nothing */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return -5;
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
int main(void)
{
    if (!probe()) {
        pthread_join(t, NULL);
        x = 2;
    } else {
        x = 3;
    }
    return 0;
}
