// Memory reached by type from two global roots, each list under its own lock, is kept apart
// while no store may link one root's memory to another's: 'heads' (pointers assigned fresh
// nodes) and 'fixed' (structs whose initializers name other globals). A local stands for the
// last value it was given. A store that links two roots turns this off for the whole
// program (regions_global_linked.c).
#include <pthread.h>
#include <stdlib.h>

struct node {
    int datum;
    struct node *next;
};

static struct node *A, *B;
static struct node pa = {1, NULL}, pb = {2, NULL};
static struct node FA = {3, &pa}, FB = {4, &pb};
static pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;

static struct node *fresh(int v)
{
    struct node *n = malloc(sizeof(*n));
    n->datum = v;
    n->next = NULL;
    return n;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&ma);
    A->next->datum++; // NORACE
    FA.next->datum++; // NORACE
    pthread_mutex_unlock(&ma);
    pthread_mutex_lock(&mb);
    B->next->datum++; // NORACE
    FB.next->datum++; // NORACE
    pthread_mutex_unlock(&mb);
    return NULL;
}

int main(void)
{
    pthread_t t;
    struct node *p = fresh(9);
    A = fresh(1);
    A->next = p;
    B = fresh(2);
    p = fresh(9);
    B->next = p;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&ma);
    p = A->next;
    p->datum++; // NORACE
    p = FA.next;
    p->datum++; // NORACE
    pthread_mutex_unlock(&ma);
    pthread_mutex_lock(&mb);
    p = B->next;
    p->datum++; // NORACE
    p = FB.next;
    p->datum++; // NORACE
    pthread_mutex_unlock(&mb);
    pthread_join(t, NULL);
    return 0;
}
