/* TRUTH: racy. The second thread's memcpy covers the whole buffer, overlapping the first thread's memset half. */
#include <pthread.h>
#include <string.h>

#define SZ 64
static char buf[SZ];
static const char pattern[SZ] = "abcdefghijklmnopqrstuvwxyz";

static void *clear_lo(void *arg)
{
    (void)arg;
    memset(buf, 0, SZ / 2);
    return NULL;
}

static void *fill_hi(void *arg)
{
    (void)arg;
    memcpy(buf, pattern, SZ);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, clear_lo, NULL);
    pthread_create(&b, NULL, fill_hi, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return buf[40];
}
