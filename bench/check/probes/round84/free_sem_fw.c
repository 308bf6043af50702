/* TRUTH: free — the loader only reads fw.blob[]/fw.size after sem_wait(&fw.ready), which synchronizes with the request thread's sem_post after it filled them */
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
#include <semaphore.h>

#define FW_MAX 32

struct firmware {
    sem_t ready;
    int size;
    unsigned char blob[FW_MAX];
    int status;
};

struct fw_dev {
    spinlock_t lock;
    int state;          /* 0 idle, 1 loading, 2 running */
    int crc;
    int boots;
};

static struct firmware fw;
static struct fw_dev fdev;

static int compute_crc(const unsigned char *p, int n)
{
    int c = 0, i;
    for (i = 0; i < n; i++)
        c = (c * 31) ^ p[i];
    return c;
}

static void *request_firmware_thread(void *arg)
{
    int i, n = 8 + nd(FW_MAX - 8);
    (void)arg;
    for (i = 0; i < n; i++)
        fw.blob[i] = (unsigned char)(i * 3 + 1);
    fw.size = n;
    fw.status = 0;
    sem_post(&fw.ready);
    return NULL;
}

static void set_state(int s)
{
    spin_lock(&fdev.lock);
    fdev.state = s;
    if (s == 2)
        fdev.boots++;
    spin_unlock(&fdev.lock);
}

static int get_state(void)
{
    int s;
    spin_lock(&fdev.lock);
    s = fdev.state;
    spin_unlock(&fdev.lock);
    return s;
}

static void *loader_thread(void *arg)
{
    int crc;
    (void)arg;
    set_state(1);
    sem_wait(&fw.ready);
    crc = compute_crc(fw.blob, fw.size);
    spin_lock(&fdev.lock);
    fdev.crc = crc;
    spin_unlock(&fdev.lock);
    set_state(2);
    return NULL;
}

static void *sysfs_thread(void *arg)
{
    int k, s = 0;
    (void)arg;
    for (k = 0; k < 5; k++) {
        s += get_state();
        if (nd(3) == 0) {
            spin_lock(&fdev.lock);
            s += fdev.crc;
            spin_unlock(&fdev.lock);
        }
    }
    return (void *)(long)s;
}

int main(void)
{
    pthread_t req, ld, sy;
    spin_lock_init(&fdev.lock);
    fdev.state = 0;
    fdev.crc = 0;
    fdev.boots = 0;
    sem_init(&fw.ready, 0, 0);
    fw.size = 0;
    pthread_create(&ld, NULL, loader_thread, NULL);
    pthread_create(&sy, NULL, sysfs_thread, NULL);
    pthread_create(&req, NULL, request_firmware_thread, NULL);
    pthread_join(req, NULL);
    pthread_join(ld, NULL);
    pthread_join(sy, NULL);
    printf("%d %d\n", fdev.crc, fdev.boots);
    sem_destroy(&fw.ready);
    return 0;
}
