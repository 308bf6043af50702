/* TRUTH: free — the body runs only when probe() returned 0 and joins w before x = 2; the failing test started nothing */
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
    for (; probe() == 0;) {
        pthread_join(t, NULL);
        x = 2;
        break;
    }
    x = 3;
    return 0;
}
