/* TRUTH: racy — probe() starts a w and then may report failure (nondet 1); the retry loop's body writes x while that w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t[3];
static int x, n;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    pthread_create(&t[n], NULL, w, NULL);
    n++;
    if (n < 3 && __VERIFIER_nondet_int())
        return -1;
    return 0;
}
int main(void)
{
    while (probe() != 0)
        x = 2;
    for (int j = 0; j < n; j++)
        pthread_join(t[j], NULL);
    return 0;
}
