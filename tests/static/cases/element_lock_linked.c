// stats[id] under lru_locks[id] (the same index): the element's own lock guards the element,
// even where some store may link the memory reached from one element to another's (the
// pointer splice below): that linking concerns memory behind pointers, not the elements
// themselves. What heads[id] points at is guarded no longer.
#include <pthread.h>

#define N 64

struct node { struct node *next; int v; };
pthread_mutex_t lru_locks[N];
static long stats[N];
static struct node *heads[N];

static void note(unsigned size)
{
    unsigned id = size % N;
    pthread_mutex_lock(&lru_locks[id]);
    stats[id]++; // NORACE: under its element's lock
    heads[id]->v++; // RACE (possible): splice may have linked heads[1]'s node to heads[2]'s
    pthread_mutex_unlock(&lru_locks[id]);
}

void splice(unsigned a, unsigned b)
{
    struct node *p1 = heads[a], *p2 = heads[b];
    p1->next = p2->next;
}

static void *worker(void *arg) { note(1); return arg; }
static void *compactor(void *arg) { note(2); return arg; }

int main(void)
{
    static struct node n1, n2;
    heads[1] = &n1;
    heads[2] = &n2;
    for (int i = 0; i < N; i++)
        pthread_mutex_init(&lru_locks[i], NULL);
    splice(1, 2);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, compactor, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
