/* TRUTH: racy — a constructor starts sweeper before main runs; sweeper starts reporter, which reads mode; main writes mode and then starts reporter itself */
#include <pthread.h>
static int mode;
static int seen[2];
static pthread_t sweep_tid, early_rep;
static void *reporter(void *arg) { seen[(long)arg] = mode; return NULL; }
static void *sweeper(void *arg)
{
    (void)arg;
    pthread_create(&early_rep, NULL, reporter, (void *)0L);
    return NULL;
}
__attribute__((constructor)) static void boot(void) { pthread_create(&sweep_tid, NULL, sweeper, NULL); }
int main(void)
{
    pthread_t r;
    mode = 2;
    pthread_create(&r, NULL, reporter, (void *)1L);
    pthread_join(r, NULL);
    pthread_join(sweep_tid, NULL);
    pthread_join(early_rep, NULL);
    return seen[0] + seen[1];
}
