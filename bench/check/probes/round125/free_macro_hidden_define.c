/* TRUTH: free — FAILED(r) in force is ((r) != 0): x = 2 runs only on -1 (nothing started); the 0 path joins w before x = 3 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
/*
#define FAILED(r) ((r) == 0)
*/
/**/#define FAILED(r) ((r) != 0)
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
    if (FAILED(probe())) {
        x = 2;
        return 1;
    }
    pthread_join(t, NULL);
    x = 3;
    return 0;
}
