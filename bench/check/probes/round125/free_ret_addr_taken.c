/* TRUTH: free — ret's address is taken (pr) but only main uses it; w runs only after a 0 result, and that path joins it before x = 2 */
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
    int ret;
    int *pr = &ret;
    ret = probe();
    if (ret != 0) {
        *pr = 0;
        x = 3;
        return 1;
    }
    pthread_join(t, NULL);
    x = 2;
    return 0;
}
