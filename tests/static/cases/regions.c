// A global array of list heads, each guarded by the lock of the same index: memory
// reached from slot[i] (the head, the nodes linked into it, also in a function given
// slot[i]) while holding lock[i], with i unchanged in between, is guarded by that lock,
// and accesses through slot[j] under lock[j] do not race with it. A fresh node linked in
// joins the list's region. Not when the index changed, the lock is another element's,
// or a pointer from one list is stored into another (the regions are no longer apart).
#include <pthread.h>
#include <stdlib.h>

#define N 8

struct node {
    int datum, hits;
    struct node *next;
};

static struct node *slot[N];
static pthread_mutex_t lock[N];
extern int pick(void); /* defined elsewhere */

static struct node *new_node(int x)
{
    struct node *p = malloc(sizeof(*p));
    p->datum = x;
    p->next = NULL;
    return p;
}

static void push(struct node *node, struct node *list)
{
    struct node *t = list->next; // NORACE: list is slot[i] under lock[i]
    list->next = node;           // NORACE
    node->next = t;              // NORACE: the fresh node joined slot[i]'s list
}

static void *adder(void *arg)
{
    (void)arg;
    for (int i = 0; i < N; i++) {
        pthread_mutex_lock(&lock[i]);
        push(new_node(i), slot[i]);
        pthread_mutex_unlock(&lock[i]);
    }
    return NULL;
}

static void *walker(void *arg)
{
    (void)arg;
    int j = pick();
    pthread_mutex_lock(&lock[j]);
    for (struct node *p = slot[j]->next; p; p = p->next)
        p->datum++; // NORACE: reached from slot[j] under lock[j]
    pthread_mutex_unlock(&lock[j]);
    int k = pick();
    pthread_mutex_lock(&lock[k]);
    k = pick();
    slot[k]->hits++; // RACE: k changed since lock[k] was taken
    pthread_mutex_unlock(&lock[k]);
    return NULL;
}

int main(void)
{
    pthread_t a, b[2];
    for (int i = 0; i < N; i++) {
        pthread_mutex_init(&lock[i], NULL);
        slot[i] = new_node(0);
    }
    pthread_create(&a, NULL, adder, NULL);
    for (int i = 0; i < 2; i++)
        pthread_create(&b[i], NULL, walker, NULL);
    pthread_join(a, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(b[i], NULL);
    return 0;
}
