/* TRUTH: racy. The producer writes frame.pixels[]/frame.seq (plain) and then sets 'ready' with a RELAXED atomic store; the consumer spins on a RELAXED load of 'ready' and then reads frame.seq/pixels. Relaxed atomics create no happens-before, so the plain write 'frame.seq = 7' and the consumer's plain read of frame.seq are a data race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define W 8

struct frame {
    int seq;
    unsigned char pixels[W];
};

static struct frame frame;
static atomic_int ready;

static void *producer(void *arg)
{
    int seq = (int)(long)arg;
    for (int i = 0; i < W; i++)
        frame.pixels[i] = (unsigned char)(i * 3 + seq);
    frame.seq = seq;
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg)
{
    long sum = 0;
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_relaxed))
        ;
    for (int i = 0; i < W; i++)
        sum += frame.pixels[i];
    printf("frame %d sum %ld\n", frame.seq, sum);
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
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, (void *)7L);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
