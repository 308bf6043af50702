/* TRUTH: racy. The producer allocates one message buffer, publishes it via 'latest = m' under q_lock, and in the next round rewrites m->seq / m->len with no lock while the consumer (which fetched the same pointer under q_lock) reads m->seq / m->len outside the lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct message {
    int seq;
    int len;
    char body[32];
};

static struct message *latest;
static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;

static void *consumer(void *arg)
{
    long checksum = 0;
    (void)arg;
    for (int k = 0; k < 50; k++) {
        struct message *m;
        pthread_mutex_lock(&q_lock);
        m = latest;
        pthread_mutex_unlock(&q_lock);
        if (m == NULL)
            continue;
        checksum += m->seq * 31 + m->len;
    }
    return (void *)checksum;
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
    pthread_t c;
    struct message *m = malloc(sizeof *m);
    if (!m)
        return 1;
    memset(m, 0, sizeof *m);
    if (pthread_create(&c, NULL, consumer, NULL) != 0) {
        free(m);
        return 1;
    }
    for (int round = 0; round < 3; round++) {
        m->seq = round;
        m->len = snprintf(m->body, sizeof m->body, "round %d", round);
        pthread_mutex_lock(&q_lock);
        latest = m;
        pthread_mutex_unlock(&q_lock);
    }
    pthread_join(c, NULL);
    free(m);
    return 0;
}
