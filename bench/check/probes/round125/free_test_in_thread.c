/* TRUTH: free — in boss, probe() starts w only on the 0 path, which joins w before x = 3; the -1 path started nothing */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t, b;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
static void *boss(void *a)
{
    (void)a;
    if (probe() != 0) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return NULL;
}
int main(void)
{
    pthread_create(&b, NULL, boss, NULL);
    pthread_join(b, NULL);
    return 0;
}
