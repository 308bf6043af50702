/* TRUTH: racy — w (started by probe) writes *slot == &ret while main assigns and reads ret; also, on the 0 path main writes x before joining */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static int *slot;
static void *w(void *a) { (void)a; *slot = -7; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
int main(void)
{
    int ret;
    slot = &ret;
    ret = probe();
    if (ret != 0)
        return 1;
    x = 2;
    pthread_join(t, NULL);
    return 0;
}
