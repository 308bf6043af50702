// A helper that allocates an array, starts a thread on each element and returns the array
// is no allocator of fresh memory: the caller's accesses to it meet the threads'. One that
// links the new object to itself (INIT_LIST_HEAD(&p->list)) still is.
#include <pthread.h>
#include <stdlib.h>

static void *body(void *p)
{
    int *r = p;
    *r = 1; // RACE (possible)
    return NULL;
}

static int *start_workers(void)
{
    int *res = calloc(2, sizeof *res);
    pthread_t t;
    if (!res)
        abort();
    for (int i = 0; i < 2; i++)
        pthread_create(&t, NULL, body, &res[i]);
    return res;
}

struct list_head {
    struct list_head *next, *prev;
};
struct node {
    int datum;
    struct list_head list;
};
static void init_list_head(struct list_head *l)
{
    l->next = l;
    l->prev = l;
}
static struct node *new_node(int x)
{
    struct node *p = malloc(sizeof *p);
    if (!p)
        abort();
    p->datum = x;
    init_list_head(&p->list);
    return p;
}

static struct node *shared_node;
static void *poke(void *arg)
{
    (void)arg;
    shared_node->datum = 9; // NORACE
    return NULL;
}

static int *make_buffer(void)
{
    int *b = calloc(2, sizeof *b);
    if (!b)
        abort();
    b[0] = 5;
    return b;
}

int main(void)
{
    int *res = start_workers();
    int *own = make_buffer();
    own[1] = res[1]; // RACE (possible)
    own[0] = 2;      // NORACE
    pthread_t pk;
    shared_node = new_node(0);
    pthread_create(&pk, NULL, poke, NULL);
    struct node *n = new_node(1);
    n->datum = 3;    // NORACE
    free(n);
    pthread_exit(NULL);
}
