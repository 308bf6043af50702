/* TRUTH: free — IS_OK(r) is ((r) == 0); its branch joins w before x = 2, and the -1 path (else) started nothing */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
#define IS_OK(ret) (/* ret < 0 is an error */ (ret) == 0)
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
    if (IS_OK(probe())) {
        pthread_join(t, NULL);
        x = 2;
    } else {
        x = 3;
    }
    return 0;
}
