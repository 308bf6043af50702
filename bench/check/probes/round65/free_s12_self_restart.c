/* TRUTH: free — pulse is started only by main (after writing period) and by pulse itself (a second generation); an unrelated logger started earlier starts nothing */
#include <pthread.h>
static int period, logged;
static int beats[2];
static void *logger(void *arg) { (void)arg; logged = 1; return NULL; }
static void *pulse(void *arg)
{
    long gen = (long)arg;
    beats[gen] = period;
    if (gen == 0) {
        pthread_t t;
        pthread_create(&t, NULL, pulse, (void *)1L);
        pthread_join(t, NULL);
    }
    return NULL;
}
int main(void)
{
    pthread_t l, p;
    pthread_create(&l, NULL, logger, NULL);
    period = 10;
    pthread_create(&p, NULL, pulse, (void *)0L);
    pthread_join(p, NULL);
    pthread_join(l, NULL);
    return beats[0] + beats[1] + logged;
}
