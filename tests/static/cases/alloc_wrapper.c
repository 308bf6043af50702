// A function of the same file that returns fresh memory nobody else has is an allocator:
// what a thread gets from it is its own. One that also keeps the pointer, or returns a
// static buffer, hands out shared memory.
#include <pthread.h>
#include <stdlib.h>

struct node {
    int value;
};

static struct node *last;
static struct node spare;

static struct node *new_node(int v)
{
    struct node *n = malloc(sizeof(*n));
    if (!n)
        return NULL;
    n->value = v;
    return n;
}

static struct node *new_tracked(int v)
{
    struct node *n = malloc(sizeof(*n));
    n->value = v;
    last = n; /* kept: not fresh for the caller */
    return n;
}

static struct node *the_spare(void)
{
    return &spare;
}

static void *worker(void *arg)
{
    (void)arg;
    struct node *mine = new_node(1);
    mine->value++; // NORACE: fresh memory of this thread
    struct node *kept = new_tracked(2);
    kept->value++; // RACE: main reaches it through 'last'
    struct node *s = the_spare();
    s->value++; // RACE: every thread shares 'spare'
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    if (last)
        last->value = 0; // RACE
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
