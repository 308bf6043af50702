/* TRUTH: racy — main reads table_built before joining the hashers; crc_init (in a hasher) writes it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NTHREADS 3
#define TABSZ 256

static pthread_once_t crc_once = PTHREAD_ONCE_INIT;
static unsigned crc_table[TABSZ];
static int table_built;
static pthread_mutex_t out_mu = PTHREAD_MUTEX_INITIALIZER;
static unsigned results[NTHREADS];

static void crc_init(void)
{
    unsigned i, j, c;
    for (i = 0; i < TABSZ; i++) {
        c = i;
        for (j = 0; j < 8; j++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
    table_built = 1;
}

static unsigned crc32_buf(const unsigned char *p, size_t n)
{
    unsigned c = 0xFFFFFFFFu;
    pthread_once(&crc_once, crc_init);
    while (n--)
        c = crc_table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

struct job {
    int idx;
    unsigned char data[32];
};

static void *hasher(void *arg)
{
    struct job *j = arg;
    unsigned c = crc32_buf(j->data, sizeof j->data);
    pthread_mutex_lock(&out_mu);
    results[j->idx] = c;
    pthread_mutex_unlock(&out_mu);
    return NULL;
}

int main(void)
{
    pthread_t th[NTHREADS];
    struct job jobs[NTHREADS];
    int i, k;
    for (i = 0; i < NTHREADS; i++) {
        jobs[i].idx = i;
        for (k = 0; k < 32; k++)
            jobs[i].data[k] = (unsigned char)(i * 31 + k);
        pthread_create(&th[i], NULL, hasher, &jobs[i]);
    }
    printf("early built=%d\n", table_built);
    for (i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    for (i = 0; i < NTHREADS; i++)
        printf("%08x\n", results[i]);
    printf("built=%d\n", table_built);
    return 0;
}
