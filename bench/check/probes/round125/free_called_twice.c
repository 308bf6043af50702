/* TRUTH: free — each probe's w is joined in the branch of its own 0 result before x is written; failures start nothing */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t[2];
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(int i)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t[i], NULL, w, NULL);
    return 0;
}
int main(void)
{
    if (probe(0) == 0)
        pthread_join(t[0], NULL);
    x = 2;
    if (probe(1) != 0) {
        x = 3;
    } else {
        pthread_join(t[1], NULL);
        x = 4;
    }
    return 0;
}
