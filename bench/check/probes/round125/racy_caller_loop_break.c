/* TRUTH: racy — with nondet 0,1 pass 0's probe starts w (returns 0), pass 1's probe fails and main writes x while pass 0's w still runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t[2];
static int x, n;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t[n], NULL, w, NULL);
    n++;
    return 0;
}
int main(void)
{
    for (int i = 0; i < 2; i++) {
        if (probe() != 0) {
            x = 2;
            break;
        }
    }
    for (int j = 0; j < n; j++)
        pthread_join(t[j], NULL);
    return 0;
}
