// Fresh memory is the thread's own until it lets the pointer escape: writes to it before
// it is stored where others can read it (or handed to a thread, or to a function that
// keeps it) race with nobody, also inside functions that only write through the
// parameter. After the pointer is published, its memory is shared.
#include <pthread.h>
#include <stdlib.h>

struct item {
    int value;
    struct item *next;
};

static struct item *head;
static struct item *stash;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void init(struct item *p, int v)
{
    p->value = v;  // NORACE: every caller owns p
    p->next = NULL; // NORACE
}

static void keep(struct item *p, int v)
{
    p->value = v; // RACE: keep stores p where the other thread finds it
    stash = p;
}

static void *worker(void *arg)
{
    (void)arg;
    struct item *p = malloc(sizeof(*p));
    init(p, 1);
    p->value += 2; // NORACE: not published yet
    pthread_mutex_lock(&m);
    p->next = head;
    head = p;
    pthread_mutex_unlock(&m);
    p->value++; // RACE: published in 'head', main reads it under m
    struct item *q = malloc(sizeof(*q));
    keep(q, 3);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    struct item *mine = malloc(sizeof(*mine));
    init(mine, 0);
    mine->value = 4; // NORACE
    pthread_mutex_lock(&m);
    if (head)
        mine->value = head->value; // RACE
    pthread_mutex_unlock(&m);
    if (stash)
        stash->value = 0; // RACE
    pthread_join(t, NULL);
    free(mine);
    return 0;
}
