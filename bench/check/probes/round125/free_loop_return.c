/* TRUTH: free — each pass joins the w it started before the next test, so probe() returns -1 with no thread running; the 0 path also joined all */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    for (int i = 0; i < 2; i++) {
        if (__VERIFIER_nondet_int())
            return -1;
        pthread_create(&t, NULL, w, NULL);
        pthread_join(t, NULL);
    }
    return 0;
}
int main(void)
{
    if (probe() != 0)
        x = 2;
    else
        x = 3;
    return 0;
}
