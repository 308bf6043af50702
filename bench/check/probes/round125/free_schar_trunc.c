/* TRUTH: free — probe() returns 1 (no thread) or (signed char)255 == -1 (w started); x = 2 runs only on 1, the -1 path joins w before x = 3 */
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
    if (probe() > 0) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
