/* TRUTH: free — w runs only when open_dev() returned &obj, and that branch joins it before x = 2; the NULL path started nothing */
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
    if (p == NULL) {
        x = 3;
    } else {
        pthread_join(t, NULL);
        x = 2;
    }
    return 0;
}
