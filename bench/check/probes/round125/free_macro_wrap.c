/* TRUTH: free — PROBE_OK() is probe() == 0; that branch joins w before x = 2, the other path started nothing */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
#define PROBE_OK() (probe() == 0)
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
    if (PROBE_OK()) {
        pthread_join(t, NULL);
        x = 2;
    } else {
        x = 3;
    }
    return 0;
}
