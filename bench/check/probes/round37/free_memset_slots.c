/* TRUTH: free — thread i clears exactly its own element slots[i] with memset(p, 0, sizeof *p) (line 12); elements are distinct per thread; main reads after the joins. */
#include <pthread.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);

struct slot { int a; int b; };
static struct slot slots[9];

static void *w(void *arg)
{
    struct slot *p = arg;
    memset(p, 0, sizeof *p);
    p->a = 3;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &slots[i]);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return slots[0].a;
}
