/* TRUTH: racy — memset(p, 0, 2 * sizeof *p) (line 12) clears slots[i] and slots[i+1]; thread i+1 writes slots[i+1].a (line 13) and clears it too, unordered (n >= 2). */
#include <pthread.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);

struct slot { int a; int b; };
static struct slot slots[9];

static void *w(void *arg)
{
    struct slot *p = arg;
    memset(p, 0, 2 * sizeof *p);
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
