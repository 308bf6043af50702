/* TRUTH: free — w is started only on the malloc path and that path's branch joins it before x = 2; NULL (literal) paths start nothing */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static void *open_dev(void)
{
    if (__VERIFIER_nondet_int())
        return NULL;
    void *p = malloc(16);
    if (p == NULL)
        return NULL;
    pthread_create(&t, NULL, w, NULL);
    return p;
}
int main(void)
{
    void *p = open_dev();
    if (p == NULL) {
        x = 3;
    } else {
        pthread_join(t, NULL);
        x = 2;
        free(p);
    }
    return 0;
}
