// The elements of what a global pointer points at (G = calloc(n, ...)) are not one object:
// G[1].lock and p->lock with p = &G[1] are element 1's mutex, not G->lock, and G[i].lock is
// some element's. Before, every such lock was named G->lock ("*g:G.lock"): a thread holding
// G[0]'s mutex and one holding G[1]'s counted as holding one lock (race-free claimed), and
// p->n with p = &G[1] was G->n itself (a definite race claimed on two elements).
#include <pthread.h>
#include <stdlib.h>

struct acct {
    pthread_mutex_t lock;
    int balance;
    int hits;
};
static struct acct *G;

static void *first(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&G->lock);
    G[1].balance += 5; // RACE: G[0]'s lock, not G[1]'s
    pthread_mutex_unlock(&G->lock);
    G->hits++; // RACE (possible): p->hits is element 1, which weft cannot tell apart: never definite
    return NULL;
}

static void *second(void *arg)
{
    struct acct *p = &G[1];
    long i = (long)arg;
    pthread_mutex_lock(&p->lock);
    p->balance -= 5; // RACE
    pthread_mutex_unlock(&p->lock);
    pthread_mutex_lock(&G[i].lock);
    G[1].balance++; // RACE: some element's lock
    pthread_mutex_unlock(&G[i].lock);
    p->hits++; // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    G = calloc(2, sizeof *G);
    if (!G)
        return 1;
    pthread_mutex_init(&G[0].lock, NULL);
    pthread_mutex_init(&G[1].lock, NULL);
    pthread_create(&a, NULL, first, NULL);
    pthread_create(&b, NULL, second, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    free(G);
    return 0;
}
