// Allocators that let a part of the new object escape before returning it are no
// allocators: a member's address stored in a global, an array member handed to a thread,
// the node linked into a global list through the link's own next pointer. The caller's
// writes then race with the threads that reach the object.
#include <pthread.h>
#include <stdlib.h>

struct list {
    struct list *next, *prev;
};
struct node {
    struct list link;
    int data;
};
struct cell {
    int vals[2];
    int val;
};
static struct list head;
static int *gv;

static void fix_back(struct list *l) { l->next->prev = l; }

static struct node *make_node(void)
{
    struct node *n = calloc(1, sizeof *n);
    if (!n)
        abort();
    n->link.next = &head;
    fix_back(&n->link);
    return n;
}

static struct cell *make_cell(void)
{
    struct cell *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    gv = &c->val;
    return c;
}

static void *walker(void *a)
{
    (void)a;
    struct list *l = head.prev;
    if (l)
        ((struct node *)l)->data = 1; // RACE (possible)
    if (gv)
        *gv = 1; // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t t;
    struct node *n = make_node();
    struct cell *c = make_cell();
    pthread_create(&t, NULL, walker, NULL);
    n->data = 2; // RACE (possible)
    c->val = 2;  // RACE (possible)
    pthread_join(t, NULL);
    return 0;
}
