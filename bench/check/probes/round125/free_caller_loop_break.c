/* TRUTH: free — each successful probe's w is joined in the same pass, so when a later probe fails no w runs and x = 2 is alone */
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
    for (int i = 0; i < 2; i++) {
        if (probe() != 0) {
            x = 2;
            break;
        }
        pthread_join(t, NULL);
    }
    return 0;
}
