/* TRUTH: racy. transform sets it->stage_mask |= 2 after putting the item into mb2; the sink may already have taken it and be doing it->stage_mask |= 4 (write/write on the same items[i].stage_mask). */
#include <pthread.h>
#include <stdio.h>

#define NITEMS 100

struct item {
    int seq;
    long value;
    int stage_mask;
};

struct mailbox {
    pthread_mutex_t m;
    pthread_cond_t cv;
    int full;
    struct item *slot;
};

static struct mailbox mb1 = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NULL};
static struct mailbox mb2 = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NULL};
static struct item items[NITEMS];
static long sink_total;

static void mb_put(struct mailbox *b, struct item *it)
{
    pthread_mutex_lock(&b->m);
    while (b->full)
        pthread_cond_wait(&b->cv, &b->m);
    b->slot = it;
    b->full = 1;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->m);
}

static struct item *mb_get(struct mailbox *b)
{
    pthread_mutex_lock(&b->m);
    while (!b->full)
        pthread_cond_wait(&b->cv, &b->m);
    struct item *it = b->slot;
    b->full = 0;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->m);
    return it;
}

static void *source(void *arg)
{
    (void)arg;
    for (int i = 0; i < NITEMS; i++) {
        items[i].seq = i;
        items[i].value = i;
        items[i].stage_mask = 1;
        mb_put(&mb1, &items[i]);
    }
    return NULL;
}

static void *transform(void *arg)
{
    (void)arg;
    for (int i = 0; i < NITEMS; i++) {
        struct item *it = mb_get(&mb1);
        it->value = it->value * 3 + 1;
        mb_put(&mb2, it);
        it->stage_mask |= 2; /* bookkeeping after the hand-off */
    }
    return NULL;
}

static void *sink(void *arg)
{
    (void)arg;
    for (int i = 0; i < NITEMS; i++) {
        struct item *it = mb_get(&mb2);
        it->stage_mask |= 4;
        sink_total += it->value;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, source, NULL);
    pthread_create(&b, NULL, transform, NULL);
    pthread_create(&c, NULL, sink, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", sink_total);
    return 0;
}
