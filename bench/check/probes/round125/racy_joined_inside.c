/* TRUTH: racy — run_once() joins w only on its 0 path; its -2 path (nondet 1) leaves w running and main's else branch writes x */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int run_once(void)
{
    if (pthread_create(&t, NULL, w, NULL) != 0)
        return -1;
    if (__VERIFIER_nondet_int())
        return -2;
    pthread_join(t, NULL);
    return 0;
}
int main(void)
{
    if (run_once() == 0)
        x = 2;
    else
        x = 3;
    return 0;
}
