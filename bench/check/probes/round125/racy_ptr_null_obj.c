/* TRUTH: racy — open_dev() returns &obj after starting w (or NULL without it); on &obj main writes x before joining */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x, obj;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int *open_dev(void)
{
    if (__VERIFIER_nondet_int())
        return NULL;
    pthread_create(&t, NULL, w, NULL);
    return &obj;
}
int main(void)
{
    int *p = open_dev();
    if (p != NULL) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
