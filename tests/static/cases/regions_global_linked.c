// Two global roots linked by a store (D->next = C->next): their memory is one again, so
// each list under its own lock races (compare regions_global.c).
#include <pthread.h>
#include <stdlib.h>

struct node {
    int datum;
    struct node *next;
};

static struct node *C, *D;
static pthread_mutex_t mc = PTHREAD_MUTEX_INITIALIZER, md = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&mc);
    C->next->datum++; // RACE: D's list holds C's node
    pthread_mutex_unlock(&mc);
    return NULL;
}

int main(void)
{
    pthread_t t;
    C = calloc(1, sizeof(*C));
    C->next = calloc(1, sizeof(*C));
    D = calloc(1, sizeof(*D));
    D->next = C->next;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&md);
    struct node *p = D->next;
    p->datum++; // RACE: the node C's list holds too
    pthread_mutex_unlock(&md);
    pthread_join(t, NULL);
    return 0;
}
