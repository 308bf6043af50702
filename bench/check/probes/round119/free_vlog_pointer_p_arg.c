/* TRUTH: free — dbg() forwards to vfprintf with "%s: ring=%p"; the ring's address is only printed with %p (never dereferenced), so the logger never touches ring while the producer advances it */
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct tx_ring {
    uint32_t head;
    uint32_t tail;
    uint64_t desc[8];
};

static struct tx_ring ring;
static FILE *g_dbg;

static void dbg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(g_dbg, fmt, ap);
    va_end(ap);
}

static void *watchdog(void *arg)
{
    const char *name = arg;
    for (int i = 0; i < 60; i++) {
        dbg("%s: ring=%p\n", name, (void *)&ring);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    g_dbg = fopen("/dev/null", "w");
    if (!g_dbg)
        g_dbg = stderr;
    pthread_create(&t, NULL, watchdog, (void *)"eth0-tx");
    for (int i = 0; i < 60; i++) {
        ring.head++;
        ring.tail += 2;
        usleep(200);
    }
    pthread_join(t, NULL);
    if (g_dbg != stderr)
        fclose(g_dbg);
    printf("head=%u\n", (unsigned)ring.head);
    return 0;
}
