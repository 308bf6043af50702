/* TRUTH: free — worker takes requests off the list under q->lock and owns them exclusively; submitter reads result only after seeing done==1 under q->lock */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct list_head { struct list_head *next, *prev; };
#define LIST_HEAD_INIT(n) { &(n), &(n) }
static void INIT_LIST_HEAD(struct list_head *l) { l->next = l; l->prev = l; }
static void __list_add(struct list_head *n, struct list_head *p, struct list_head *nx) { nx->prev = n; n->next = nx; n->prev = p; p->next = n; }
static void list_add_tail(struct list_head *n, struct list_head *h) { __list_add(n, h->prev, h); }
static void list_del(struct list_head *e) { e->next->prev = e->prev; e->prev->next = e->next; e->next = e; e->prev = e; }
static int list_empty(const struct list_head *h) { return h->next == h; }
typedef pthread_mutex_t spinlock_t;
static void spin_lock_init(spinlock_t *l) { pthread_mutex_init(l, NULL); }
static void spin_lock(spinlock_t *l) { pthread_mutex_lock(l); }
static void spin_unlock(spinlock_t *l) { pthread_mutex_unlock(l); }
static int nd(int n) { int v = __VERIFIER_nondet_int(); if (v < 0) v = -v; if (v < 0) v = 0; return v % n; }

#define NSUB 2
#define NREQ 3

struct request {
    struct list_head node;
    int op;
    int arg;
    int result;
    int done;       /* under q->lock */
};

struct req_queue {
    spinlock_t lock;
    struct list_head pending;
    int shutdown;
    int processed;
};

struct blk_ops {
    void (*submit)(struct req_queue *q, struct request *r);
    int  (*poll)(struct req_queue *q, struct request *r);
    void (*shutdown)(struct req_queue *q);
};

static struct req_queue rq;

static void q_submit(struct req_queue *q, struct request *r)
{
    r->done = 0;
    spin_lock(&q->lock);
    list_add_tail(&r->node, &q->pending);
    spin_unlock(&q->lock);
}

static int q_poll(struct req_queue *q, struct request *r)
{
    int d;
    spin_lock(&q->lock);
    d = r->done;
    spin_unlock(&q->lock);
    return d;
}

static void q_shutdown(struct req_queue *q)
{
    spin_lock(&q->lock);
    q->shutdown = 1;
    spin_unlock(&q->lock);
}

static const struct blk_ops bops = {
    .submit = q_submit, .poll = q_poll, .shutdown = q_shutdown,
};

static int do_op(int op, int arg)
{
    switch (op) {
    case 0: return arg + 1;
    case 1: return arg * 2;
    default: return -arg;
    }
}

static void *worker(void *unused)
{
    (void)unused;
    for (;;) {
        struct request *r = NULL;
        int stop;
        spin_lock(&rq.lock);
        if (!list_empty(&rq.pending)) {
            r = container_of(rq.pending.next, struct request, node);
            list_del(&r->node);
        }
        stop = rq.shutdown && list_empty(&rq.pending);
        spin_unlock(&rq.lock);
        if (r) {
            r->result = do_op(r->op, r->arg);   /* owned exclusively here */
            spin_lock(&rq.lock);
            r->done = 1;
            rq.processed++;
            spin_unlock(&rq.lock);
        } else if (stop) {
            break;
        }
    }
    return NULL;
}

static void *submitter(void *arg)
{
    struct request reqs[NREQ];
    long id = (long)arg;
    int i, sum = 0;
    for (i = 0; i < NREQ; i++) {
        reqs[i].op = nd(3);
        reqs[i].arg = (int)id * 10 + i;
        reqs[i].result = 0;
        INIT_LIST_HEAD(&reqs[i].node);
        bops.submit(&rq, &reqs[i]);
    }
    for (i = 0; i < NREQ; i++) {
        while (!bops.poll(&rq, &reqs[i]))
            ;
        sum += reqs[i].result;
    }
    /* all requests must be done before the stack frame goes away */
    for (i = 0; i < NREQ; i++)
        while (!bops.poll(&rq, &reqs[i]))
            ;
    return (void *)(long)sum;
}

int main(void)
{
    pthread_t w, s[NSUB];
    long i;
    spin_lock_init(&rq.lock);
    INIT_LIST_HEAD(&rq.pending);
    rq.shutdown = 0;
    rq.processed = 0;
    pthread_create(&w, NULL, worker, NULL);
    for (i = 0; i < NSUB; i++)
        pthread_create(&s[i], NULL, submitter, (void *)i);
    for (i = 0; i < NSUB; i++)
        pthread_join(s[i], NULL);
    bops.shutdown(&rq);
    pthread_join(w, NULL);
    printf("%d\n", rq.processed);
    pthread_mutex_destroy(&rq.lock);
    return 0;
}
