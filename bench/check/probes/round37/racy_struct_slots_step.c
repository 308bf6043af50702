/* TRUTH: racy — after s = s + 1 thread i writes ws[i+1].in (line 13), which thread i+1 reads in s->out = s->in * 2 (line 11) (n >= 2). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

struct slot { int in; int out; };
static struct slot ws[9];

static void *w(void *arg)
{
    struct slot *s = arg;
    s->out = s->in * 2;
    s = s + 1;
    s->in = 0;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        ws[i].in = i;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &ws[i]);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return ws[0].out;
}
