/* TRUTH: racy. fs_stat reads ino->size without ino->lock while fs_write updates it under ino->lock. */
#include <pthread.h>
#include <string.h>

#define NINODES 8
#define BLKSZ 64

typedef struct inode {
    int used;
    int refs;
    long size;
    char data[4][BLKSZ];
    pthread_mutex_t lock;
} inode_t;

static inode_t itable[NINODES];
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;

static inode_t *iget(int n)
{
    inode_t *ip = NULL;
    pthread_mutex_lock(&cache_lock);
    if (n < 0 || n >= NINODES)
        goto out;
    ip = &itable[n];
    if (!ip->used) {
        ip->used = 1;
        ip->refs = 0;
    }
    ip->refs++;
out:
    pthread_mutex_unlock(&cache_lock);
    return ip;
}

static void iput(inode_t *ip)
{
    pthread_mutex_lock(&cache_lock);
    if (--ip->refs == 0)
        ip->used = 0;
    pthread_mutex_unlock(&cache_lock);
}

static int fs_write(int n, const char *buf, int len)
{
    inode_t *ip = iget(n);
    int blk;
    if (!ip)
        return -1;
    pthread_mutex_lock(&ip->lock);
    blk = (int)(ip->size / BLKSZ);
    if (blk >= 4) {
        pthread_mutex_unlock(&ip->lock);
        iput(ip);
        return -1;
    }
    if (len > BLKSZ)
        len = BLKSZ;
    memcpy(ip->data[blk], buf, len);
    ip->size += BLKSZ;
    pthread_mutex_unlock(&ip->lock);
    iput(ip);
    return len;
}

static long fs_stat(int n)
{
    long s;
    inode_t *ip = iget(n);
    if (!ip)
        return -1;
    s = ip->size;
    iput(ip);
    return s;
}

static void *writer(void *arg)
{
    int n = *(int *)arg;
    char buf[BLKSZ] = "hello";
    for (int i = 0; i < 6; i++)
        fs_write(n, buf, 6);
    return NULL;
}

static void *stater(void *arg)
{
    long total = 0;
    (void)arg;
    for (int i = 0; i < 10; i++)
        total += fs_stat(i % 3);
    return (void *)total;
}

int main(void)
{
    pthread_t w[2], s;
    static int ids[2] = { 0, 1 };
    for (int i = 0; i < NINODES; i++)
        pthread_mutex_init(&itable[i].lock, NULL);
    for (int i = 0; i < 2; i++)
        pthread_create(&w[i], NULL, writer, &ids[i]);
    pthread_create(&s, NULL, stater, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(w[i], NULL);
    pthread_join(s, NULL);
    return 0;
}
