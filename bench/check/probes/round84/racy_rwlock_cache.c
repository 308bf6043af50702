/* TRUTH: racy — lookup() increments cache->hits while holding only the READ side of cache->rw; two concurrent readers both write hits */
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
#include <stdatomic.h>

#define NSLOT 8
#define NREADERS 3

struct cache_entry {
    int key;
    int val;
    int valid;
};

struct regcache {
    pthread_rwlock_t rw;
    struct cache_entry e[NSLOT];
    int hits;
    int misses_w;   /* only under write lock */
    int gen;
};

struct regmap_ops {
    int  (*read)(struct regcache *c, int key, int *val);
    void (*write)(struct regcache *c, int key, int val);
    void (*sync)(struct regcache *c);
    int  (*stats)(struct regcache *c);
};

static int rc_read(struct regcache *c, int key, int *val)
{
    int i, found = 0;
    pthread_rwlock_rdlock(&c->rw);
    for (i = 0; i < NSLOT; i++) {
        if (c->e[i].valid && c->e[i].key == key) {
            *val = c->e[i].val;
            found = 1;
            break;
        }
    }
    if (found)
        c->hits++;
    pthread_rwlock_unlock(&c->rw);
    if (!found) {
        pthread_rwlock_wrlock(&c->rw);
        c->misses_w++;
        pthread_rwlock_unlock(&c->rw);
    }
    return found;
}

static void rc_write(struct regcache *c, int key, int val)
{
    int slot = key % NSLOT;
    pthread_rwlock_wrlock(&c->rw);
    c->e[slot].key = key;
    c->e[slot].val = val;
    c->e[slot].valid = 1;
    c->gen++;
    pthread_rwlock_unlock(&c->rw);
}

static void rc_sync(struct regcache *c)
{
    int i;
    pthread_rwlock_wrlock(&c->rw);
    for (i = 0; i < NSLOT; i++)
        c->e[i].valid = 0;
    c->gen++;
    pthread_rwlock_unlock(&c->rw);
}

static int rc_stats(struct regcache *c)
{
    int r;
    pthread_rwlock_rdlock(&c->rw);
    r = c->gen + c->misses_w;
    pthread_rwlock_unlock(&c->rw);
    return r;
}

static const struct regmap_ops rops = {
    .read = rc_read, .write = rc_write, .sync = rc_sync, .stats = rc_stats,
};

struct i2c_client {
    int addr;
    struct regcache cache;
};

static struct i2c_client *client;

static void *reader(void *arg)
{
    int i, v;
    (void)arg;
    for (i = 0; i < 6; i++) {
        if (nd(4) == 0)
            rops.stats(&client->cache);
        else
            rops.read(&client->cache, nd(4), &v);
    }
    return NULL;
}

static void *writer(void *arg)
{
    int i;
    (void)arg;
    for (i = 0; i < 3; i++) {
        if (nd(5) == 0)
            rops.sync(&client->cache);
        else
            rops.write(&client->cache, nd(4), i);
    }
    return NULL;
}

static int client_probe(void)
{
    int i;
    client = calloc(1, sizeof *client);
    if (!client)
        return -1;
    client->addr = 0x50;
    pthread_rwlock_init(&client->cache.rw, NULL);
    for (i = 0; i < 4; i++) {
        client->cache.e[i].key = i;
        client->cache.e[i].val = i * 10;
        client->cache.e[i].valid = 1;
    }
    return 0;
}

static void client_remove(void)
{
    pthread_rwlock_destroy(&client->cache.rw);
    free(client);
}

int main(void)
{
    pthread_t r[NREADERS], w;
    int i;
    if (client_probe())
        return 1;
    for (i = 0; i < NREADERS; i++)
        pthread_create(&r[i], NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    for (i = 0; i < NREADERS; i++)
        pthread_join(r[i], NULL);
    pthread_join(w, NULL);
    printf("hits %d\n", (int)client->cache.hits);
    client_remove();
    return 0;
}
