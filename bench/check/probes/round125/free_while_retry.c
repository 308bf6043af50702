/* TRUTH: free — probe() fails (nondet 1) without starting anything, so the retry body's x = 2 runs alone; the started w is joined before x = 3 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
int main(void)
{
    while (probe() != 0)
        x = 2;
    pthread_join(t, NULL);
    x = 3;
    return 0;
}
