/* TRUTH: race-free. The sender writes the plain mailbox.msg/mailbox.len and then does a RELEASE store of 1 to 'full'; the receiver spins on an ACQUIRE load until it sees 1 and only then reads the plain fields, so the writes happen-before the reads. The receiver then writes mailbox.ack (plain) which the sender reads only after an acquire load of 'acked' that the receiver release-stores after it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

struct mailbox {
    char msg[48];
    int len;
    int ack;
};

static struct mailbox mailbox;
static atomic_int full;
static atomic_int acked;

static void *sender(void *arg)
{
    const char *text = arg;
    size_t n = strlen(text);
    if (n >= sizeof mailbox.msg)
        n = sizeof mailbox.msg - 1;
    memcpy(mailbox.msg, text, n);
    mailbox.msg[n] = '\0';
    mailbox.len = (int)n;
    atomic_store_explicit(&full, 1, memory_order_release);

    while (atomic_load_explicit(&acked, memory_order_acquire) == 0)
        ;
    printf("receiver acked %d\n", mailbox.ack);
    return NULL;
}

static void *receiver(void *arg)
{
    (void)arg;
    while (atomic_load_explicit(&full, memory_order_acquire) == 0)
        ;
    int sum = 0;
    for (int i = 0; i < mailbox.len; i++)
        sum += (unsigned char)mailbox.msg[i];
    mailbox.ack = sum;
    atomic_store_explicit(&acked, 1, memory_order_release);
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
    pthread_t s, r;
    pthread_create(&r, NULL, receiver, NULL);
    pthread_create(&s, NULL, sender, "hello mailbox");
    pthread_join(s, NULL);
    pthread_join(r, NULL);
    return 0;
}
