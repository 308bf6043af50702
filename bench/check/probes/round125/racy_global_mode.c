/* TRUTH: racy — with mode 2, probe() starts w and returns -1; main's != 0 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x, mode;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (mode) {
        pthread_create(&t, NULL, w, NULL);
        if (mode > 1)
            return -1;
        return 0;
    }
    return -1;
}
int main(void)
{
    mode = __VERIFIER_nondet_int();
    if (probe() != 0)
        x = 2;
    if (mode)
        pthread_join(t, NULL);
    return 0;
}
