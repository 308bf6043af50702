/* TRUTH: racy. session() starts a 'flush_helper' thread and returns without joining it; main joins only the session thread and then reads and resets outbox.pending, while the helper may still be executing 'outbox.pending = 0' / 'outbox.flushed += n'. */
#include <pthread.h>
#include <stdio.h>

struct outbox {
    int pending;
    long flushed;
};

static struct outbox outbox;

static void *flush_helper(void *arg)
{
    (void)arg;
    int n = outbox.pending;
    outbox.flushed += n;
    outbox.pending = 0;
    return NULL;
}

static void *session(void *arg)
{
    pthread_t helper;
    int msgs = (int)(long)arg;
    for (int i = 0; i < msgs; i++)
        outbox.pending++;
    if (pthread_create(&helper, NULL, flush_helper, NULL) != 0)
        return NULL;
    pthread_detach(helper);
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
    pthread_t s;
    pthread_create(&s, NULL, session, (void *)5L);
    pthread_join(s, NULL);
    printf("pending=%d flushed=%ld\n", outbox.pending, outbox.flushed);
    outbox.pending = -1;
    return 0;
}
