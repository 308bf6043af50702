/* TRUTH: free — with mode > 1 probe() joins w before returning -1, with mode 0 it starts nothing, and the 0 path is joined before x = 3 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x, mode;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (mode) {
        pthread_create(&t, NULL, w, NULL);
        if (mode > 1) {
            pthread_join(t, NULL);
            return -1;
        }
        return 0;
    }
    return -1;
}
int main(void)
{
    mode = __VERIFIER_nondet_int();
    if (probe() != 0) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
