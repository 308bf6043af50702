/* TRUTH: free — probe() returns -ENOMEM or -EBUSY before starting anything and 0 after; x = 2 only on errors, the 0 path joins first */
#include <pthread.h>
#include <stddef.h>
#include <errno.h>
extern int __VERIFIER_nondet_int(void);
#define MY_ERR (-EBUSY)
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    int k = __VERIFIER_nondet_int();
    if (k == 1)
        return -ENOMEM;
    if (k == 2)
        return MY_ERR;
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
int main(void)
{
    if (probe() < -1) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
