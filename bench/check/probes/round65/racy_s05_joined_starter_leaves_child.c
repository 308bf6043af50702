/* TRUTH: racy — boot starts scan and does not join it; main joins boot, then writes config; boot's scan may still be reading config */
#include <pthread.h>
#include <unistd.h>
static int config;
static int got[2];
static pthread_t early;
static void *scan(void *arg) { usleep(50000); got[(long)arg] = config; return NULL; }
static void *boot(void *arg)
{
    (void)arg;
    pthread_create(&early, NULL, scan, (void *)0L);
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
    pthread_join(early, NULL);
    return got[0] + got[1];
}
