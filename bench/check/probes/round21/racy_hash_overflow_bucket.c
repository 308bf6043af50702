/* TRUTH: racy. put() locks bucket_lock[h] but, when bucket h is full, it stores into the overflow counter of the NEXT bucket ('table[(h + 1) % NB].overflow++') without that bucket's lock; another thread holding bucket_lock[h+1] reads/updates table[h+1].overflow at the same time. Keys of thread A hash to bucket 3, of thread B to bucket 4: once bucket 3 is full, A writes table[4].overflow under lock 3 while B (inserting into bucket 4) reads/decrements table[4].overflow under lock 4. */
#include <pthread.h>
#include <stdio.h>

#define NB 8
#define CAP 2

struct bucket {
    int used;
    int keys[CAP];
    int overflow;
};

static struct bucket table[NB];
static pthread_mutex_t bucket_lock[NB];

static unsigned hash(int k)
{
    return (unsigned)k % NB;
}

static void put(int key)
{
    unsigned h = hash(key);
    pthread_mutex_lock(&bucket_lock[h]);
    if (table[h].used < CAP) {
        table[h].keys[table[h].used++] = key;
        if (table[h].overflow > 0)
            table[h].overflow--;      /* an overflowed key of ours now fits */
    } else {
        table[(h + 1) % NB].overflow++;
    }
    pthread_mutex_unlock(&bucket_lock[h]);
}

static void *inserter(void *arg)
{
    int k = (int)(long)arg;
    for (int i = 0; i < 5; i++)
        put(k + i * NB);          /* same bucket every time */
    return NULL;
}


/* ---- build/banner helpers (single-threaded, called from main) ---- */
struct build_info {
    const char *key;
    const char *value;
};

static void print_banner(const char *prog)
{
    static const struct build_info info[] = {
        { "version", "1.4.2" },
        { "threads", "pthread" },
        { "checks", "on" },
    };
    const char *base = prog;
    for (const char *p = prog; *p; p++)
        if (*p == '/')
            base = p + 1;
    printf("%s", base);
    for (unsigned i = 0; i < sizeof info / sizeof info[0]; i++) {
        if (info[i].value == NULL || info[i].value[0] == '\0')
            continue;
        printf(" %s=%s", info[i].key, info[i].value);
    }
    printf("\n");
}
int main(void)
{
    print_banner(__FILE__);
    pthread_t a, b;
    for (int i = 0; i < NB; i++)
        pthread_mutex_init(&bucket_lock[i], NULL);
    pthread_create(&a, NULL, inserter, (void *)3L);
    pthread_create(&b, NULL, inserter, (void *)4L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    for (int i = 0; i < NB; i++)
        if (table[i].used || table[i].overflow)
            printf("bucket %d: used %d overflow %d\n", i, table[i].used, table[i].overflow);
    return 0;
}
