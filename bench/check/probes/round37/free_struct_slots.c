/* TRUTH: free — thread i gets &ws[i]; it reads s->in and writes s->out (line 11) of its own element; main wrote in before the creates and reads out after the joins. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

struct slot { int in; int out; };
static struct slot ws[9];

static void *w(void *arg)
{
    struct slot *s = arg;
    s->out = s->in * 2;
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
