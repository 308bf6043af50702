/* TRUTH: free — w is started only in case 1, which returns 0, and main joins it before x = 3; the -1 cases start nothing */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(int k)
{
    switch (k) {
    case 1:
        pthread_create(&t, NULL, w, NULL);
        return 0;
    case 0:
        return -1;
    default:
        return -2;
    }
}
int main(void)
{
    if (probe(__VERIFIER_nondet_int()) != 0) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
