/* TRUTH: racy — main starts boot, then writes config; boot also starts scan, which may read config before main's write; main starts scan again later */
#include <pthread.h>
static int config;
static int got[2];
static void *scan(void *arg) { got[(long)arg] = config; return NULL; }
static void *boot(void *arg)
{
    (void)arg;
    pthread_t t;
    pthread_create(&t, NULL, scan, (void *)0L);
    pthread_join(t, NULL);
    return NULL;
}
int main(void)
{
    pthread_t b, s;
    pthread_create(&b, NULL, boot, NULL);
    config = 42;
    pthread_create(&s, NULL, scan, (void *)1L);
    pthread_join(b, NULL);
    pthread_join(s, NULL);
    return got[0] + got[1];
}
