/* TRUTH: free — the inner ret is probe()'s value; its == 0 branch joins w before x = 2 and the failure started nothing (the outer ret is unused) */
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
    int ret = 5;
    {
        int ret = probe();
        if (ret == 0) {
            pthread_join(t, NULL);
            x = 2;
        } else {
            x = 3;
        }
    }
    return ret - 5;
}
