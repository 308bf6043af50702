/* TRUTH: free — probe() returns 0L only after starting w and -1L before starting anything; the 0 branch joins w before x = 3 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static long probe(void)
{
    if (__VERIFIER_nondet_int())
        return -1L;
    pthread_create(&t, NULL, w, NULL);
    return 0L;
}
int main(void)
{
    long r = probe();
    if (r < 0) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
