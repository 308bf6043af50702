/* TRUTH: free — boot starts scan and joins it before returning; main joins boot, then writes config, then starts scan itself */
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
    pthread_join(b, NULL);
    config = 42;
    pthread_create(&s, NULL, scan, (void *)1L);
    pthread_join(s, NULL);
    return got[0] + got[1];
}
