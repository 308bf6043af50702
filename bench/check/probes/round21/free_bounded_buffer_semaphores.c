/* TRUTH: race-free. Classic bounded buffer: 'empty'/'full' counting semaphores bound the slots, and every access to buf[], in_pos, out_pos and consumed_sum is made while holding buf_lock (the mutex), so accesses never overlap; main reads consumed_sum after joining. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

#define BN 4
#define NITEMS 20

static int buf[BN];
static int in_pos, out_pos;
static long consumed_sum;
static sem_t empty, full;
static pthread_mutex_t buf_lock = PTHREAD_MUTEX_INITIALIZER;

static void *producer(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < NITEMS / 2; i++) {
        sem_wait(&empty);
        pthread_mutex_lock(&buf_lock);
        buf[in_pos] = base + i;
        in_pos = (in_pos + 1) % BN;
        pthread_mutex_unlock(&buf_lock);
        sem_post(&full);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (int i = 0; i < NITEMS; i++) {
        sem_wait(&full);
        pthread_mutex_lock(&buf_lock);
        int v = buf[out_pos];
        out_pos = (out_pos + 1) % BN;
        consumed_sum += v;
        pthread_mutex_unlock(&buf_lock);
        sem_post(&empty);
    }
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
    pthread_t p1, p2, c;
    sem_init(&empty, 0, BN);
    sem_init(&full, 0, 0);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p1, NULL, producer, (void *)0L);
    pthread_create(&p2, NULL, producer, (void *)1000L);
    pthread_join(p1, NULL);
    pthread_join(p2, NULL);
    pthread_join(c, NULL);
    printf("sum %ld\n", consumed_sum);
    sem_destroy(&empty);
    sem_destroy(&full);
    return 0;
}
