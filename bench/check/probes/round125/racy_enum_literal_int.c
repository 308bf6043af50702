/* TRUTH: racy — an int probe() returning the enumerator E_OK (0) after starting w; main's == 0 branch writes x before joining */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
enum { E_NOMEM = -12, E_OK = 0 };
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return E_NOMEM;
    pthread_create(&t, NULL, w, NULL);
    return E_OK;
}
int main(void)
{
    int ret = probe();
    if (ret == 0) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
