/* TRUTH: free — unsigned char ret of probe()'s 256 is 0 exactly when w was started; that branch joins it before x = 2 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return 1;
    pthread_create(&t, NULL, w, NULL);
    return 256;
}
int main(void)
{
    unsigned char ret = probe();
    if (ret == 0) {
        pthread_join(t, NULL);
        x = 2;
    } else {
        x = 3;
    }
    return 0;
}
