// The racy twin of recursion_args.c: a recursive call given other memory than its caller
// (the next node of a list) reaches it through its parameters; its deeper calls run once
// more with their arguments unknown, so what they reach is memory by type.
#include <pthread.h>

struct node {
    struct node *next;
    int v;
};

struct node n3, n2 = {&n3, 0}, n1 = {&n2, 0};

static void touch_last(struct node *n)
{
    if (n->next)
        touch_last(n->next);
    else
        n->v = 1; // RACE (possible): n3.v, reached by the recursion
}

static void *worker(void *arg)
{
    (void)arg;
    touch_last(&n1);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    n3.v = 2; // RACE (possible)
    pthread_join(t, NULL);
    return 0;
}
