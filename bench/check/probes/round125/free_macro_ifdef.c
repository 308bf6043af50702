/* TRUTH: free — the active FAILED(r) is ((r) != 0) (the #ifdef branch is skipped): x = 2 only on -1, the 0 path joins w before x = 3 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
#ifdef NEVER_DEFINED_XYZ
#define FAILED(r) ((r) == 0)
#else
#define FAILED(r) ((r) != 0)
#endif
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
