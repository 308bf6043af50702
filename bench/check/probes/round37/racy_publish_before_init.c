/* TRUTH: racy — the worker links its node into head under m and only then writes p->v (line 19) unlocked; main, walking the list under m, may read that v (line 34) at the same time. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);

struct node { int v; struct node *next; };
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct node *head;

static void *worker(void *arg)
{
    struct node *p = malloc(sizeof *p);
    if (!p)
        return NULL;
    pthread_mutex_lock(&m);
    p->next = head;
    head = p;
    pthread_mutex_unlock(&m);
    p->v = (int)(long)arg;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, (void *)(long)i);
    int s = 0;
    pthread_mutex_lock(&m);
    for (struct node *q = head; q; q = q->next)
        s += q->v;
    pthread_mutex_unlock(&m);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return s;
}
