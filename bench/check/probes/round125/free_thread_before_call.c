/* TRUTH: free — stop() returns 0 only after joining w0, so y = 2 follows the join; the -1 branch joins w0 itself before y = 3 */
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
    if (stop() == 0) {
        y = 2;
    } else {
        pthread_join(t0, NULL);
        y = 3;
    }
    return 0;
}
