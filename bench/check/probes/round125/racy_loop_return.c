/* TRUTH: racy — with nondet 0,1 the loop starts w on pass 0 and returns -1 on pass 1 while it runs; main's then branch writes x concurrently */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t[2];
static int x, nstarted;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    for (int i = 0; i < 2; i++) {
        if (__VERIFIER_nondet_int())
            return -1;
        pthread_create(&t[i], NULL, w, NULL);
        nstarted = i + 1;
    }
    return 0;
}
int main(void)
{
    if (probe() != 0)
        x = 2;
    for (int j = 0; j < nstarted; j++)
        pthread_join(t[j], NULL);
    return 0;
}
