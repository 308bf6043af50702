// Routes the analysis must not take for private or for one lock: a node linked into a global
// list through a pointer loaded from it (q = l->next; q->prev = l); a pointer to the value
// given to the generic __atomic_store (dp = &lp); a row of a global mutex array reached
// through a pointer (row = &mm[k]); handles cleared before an if (tid[i]) join. Each races.
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct list {
    struct list *next, *prev;
};
struct node {
    struct list link;
    int data;
};
static struct list head;
static int *gp;
static pthread_mutex_t mm[2][1] = {{PTHREAD_MUTEX_INITIALIZER}, {PTHREAD_MUTEX_INITIALIZER}};
static int data, late;

static void fix_back(struct list *l)
{
    struct list *q = l->next;
    q->prev = l;
}

static struct node *make(void)
{
    struct node *n = calloc(1, sizeof *n);
    if (!n)
        abort();
    n->link.next = &head;
    fix_back(&n->link);
    return n;
}

static void *reader(void *a)
{
    (void)a;
    struct list *l = head.prev;
    if (l)
        ((struct node *)l)->data = 1; // RACE (possible)
    int *p = __atomic_load_n(&gp, __ATOMIC_ACQUIRE);
    if (p)
        (*p)++; // RACE (possible)
    return NULL;
}

static void *row_worker(void *a)
{
    pthread_mutex_t(*row)[1] = &mm[(long)a];
    pthread_mutex_lock(&(*row)[0]);
    data++; // RACE (possible)
    pthread_mutex_unlock(&(*row)[0]);
    return NULL;
}

static void *late_worker(void *a)
{
    (void)a;
    late = 1; // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t t, r0, r1, tid[2];
    int w = 0, *lp = &w, **dp = &lp;
    pthread_create(&t, NULL, reader, NULL);
    struct node *n = make();
    n->data = 2; // RACE (possible)
    __atomic_store(&gp, dp, __ATOMIC_RELEASE);
    w = 5; // RACE (possible)
    pthread_create(&r0, NULL, row_worker, (void *)0L);
    pthread_create(&r1, NULL, row_worker, (void *)1L);
    for (int i = 0; i < 2; i++)
        pthread_create(&tid[i], NULL, late_worker, NULL);
    memset(tid, 0, sizeof tid);
    for (int i = 0; i < 2; i++)
        if (tid[i])
            pthread_join(tid[i], NULL);
    late = 2; // RACE (possible)
    pthread_join(t, NULL);
    pthread_join(r0, NULL);
    pthread_join(r1, NULL);
    return w + data;
}
