/* TRUTH: free — chunk = DMA_LEN / 2 exactly; channel c writes only buf[c*chunk .. c*chunk+chunk); main reads buf only after joining both channels */
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

#define DMA_LEN 16
#define NCHAN 2

struct dma_chan {
    int id;
    int start;
    int len;
    int done;        /* under ctl.lock */
};

struct dma_ctl {
    spinlock_t lock;
    int busy;
    int completed;
    int errors;
    unsigned char buf[DMA_LEN + 4];
    struct dma_chan chan[NCHAN];
};

static struct dma_ctl ctl;

static int chunk_size(void)
{
    return DMA_LEN / 2;
}

static void dma_copy(int start, int len, unsigned char pat)
{
    int i;
    for (i = 0; i < len; i++)
        ctl.buf[start + i] = (unsigned char)(pat + i);
}

static void *dma_chan_thread(void *arg)
{
    int c = (int)(long)arg;
    int chunk = chunk_size();
    int start = c * chunk;
    int len = chunk;
    if (start + len > DMA_LEN)
        len = DMA_LEN - start;
    dma_copy(start, len, (unsigned char)(c * 0x40 + nd(8)));
    spin_lock(&ctl.lock);
    ctl.chan[c].done = 1;
    ctl.completed++;
    spin_unlock(&ctl.lock);
    return NULL;
}

static int dma_status(void)
{
    int s;
    spin_lock(&ctl.lock);
    s = ctl.completed * 10 + ctl.errors;
    spin_unlock(&ctl.lock);
    return s;
}

static void dma_abort(void)
{
    spin_lock(&ctl.lock);
    ctl.errors++;
    spin_unlock(&ctl.lock);
}

static void *monitor(void *arg)
{
    int k;
    (void)arg;
    for (k = 0; k < 3; k++) {
        if (nd(4) == 0)
            dma_abort();
        else
            dma_status();
    }
    return NULL;
}

static void dma_init(void)
{
    int c;
    spin_lock_init(&ctl.lock);
    ctl.busy = 1;
    ctl.completed = ctl.errors = 0;
    memset(ctl.buf, 0, sizeof ctl.buf);
    for (c = 0; c < NCHAN; c++) {
        ctl.chan[c].id = c;
        ctl.chan[c].done = 0;
    }
}

int main(void)
{
    pthread_t ch[NCHAN], mon;
    long c;
    unsigned sum = 0;
    int i;
    dma_init();
    for (c = 0; c < NCHAN; c++)
        pthread_create(&ch[c], NULL, dma_chan_thread, (void *)c);
    pthread_create(&mon, NULL, monitor, NULL);
    for (c = 0; c < NCHAN; c++)
        pthread_join(ch[c], NULL);
    pthread_join(mon, NULL);
    for (i = 0; i < DMA_LEN; i++)
        sum += ctl.buf[i];
    printf("%u %d\n", sum, dma_status());
    pthread_mutex_destroy(&ctl.lock);
    return 0;
}
