/* TRUTH: free — only the -5 path (nothing started) has probe() <= -3, so x = 2 runs alone; -2 and 0 (w started) join before x = 3 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    int k = __VERIFIER_nondet_int();
    if (k == 1)
        return -5;
    pthread_create(&t, NULL, w, NULL);
    if (k == 2)
        return -2;
    return 0;
}
int main(void)
{
    if (probe() <= -3) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
