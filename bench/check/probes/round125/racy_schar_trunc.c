/* TRUTH: racy — a signed char result of 255 is -1; when probe started w it returns -1, the < 0 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static signed char probe(void)
{
    if (__VERIFIER_nondet_int())
        return 1;
    pthread_create(&t, NULL, w, NULL);
    return 255;
}
int main(void)
{
    if (probe() < 0) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
