/* TRUTH: racy. The verifier-style locks are two different words: producer() takes lock 'mq' and consumer() takes lock 'mc' (acquire = atomic { assume(x == 0); x = 1; }), so they do not exclude each other and producer's 'buf[widx % 4] = v' / 'count++' and consumer's 'count--' / read of buf run concurrently on count. */
#include <pthread.h>
#include <stdio.h>
#include <assert.h>

extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);

int mq, mc;
int buf[4];
int count, widx, ridx;

void __VERIFIER_atomic_acquire_q(void) { __VERIFIER_assume(mq == 0); mq = 1; }
void __VERIFIER_atomic_release_q(void) { mq = 0; }
void __VERIFIER_atomic_acquire_c(void) { __VERIFIER_assume(mc == 0); mc = 1; }
void __VERIFIER_atomic_release_c(void) { mc = 0; }

void *producer(void *arg)
{
    for (int i = 0; i < 3; i++) {
        int v = __VERIFIER_nondet_int();
        __VERIFIER_atomic_acquire_q();
        if (count < 4) {
            buf[widx % 4] = v;
            widx++;
            count++;
        }
        __VERIFIER_atomic_release_q();
    }
    return 0;
}

void *consumer(void *arg)
{
    int got = 0;
    for (int i = 0; i < 3; i++) {
        __VERIFIER_atomic_acquire_c();
        if (count > 0) {
            got += buf[ridx % 4];
            ridx++;
            count--;
        }
        __VERIFIER_atomic_release_c();
    }
    return (void *)(long)got;
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
    pthread_create(&p, 0, producer, 0);
    pthread_create(&c, 0, consumer, 0);
    pthread_join(p, 0);
    pthread_join(c, 0);
    assert(count >= 0 && count <= 4);
    return 0;
}
