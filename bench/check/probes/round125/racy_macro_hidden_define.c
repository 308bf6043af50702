/* TRUTH: racy — the FAILED(r) in force is the one on line 8, ((r) != 0), written after an empty comment (the == one is inside a comment); on 0 w runs and main writes x before joining */
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
    if (FAILED(probe()))
        return 1;
    x = 2;
    pthread_join(t, NULL);
    return 0;
}
