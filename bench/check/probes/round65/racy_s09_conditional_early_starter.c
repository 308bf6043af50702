/* TRUTH: racy — when run without arguments (argc == 1), main starts warmer before writing budget; warmer starts planner, which reads budget; main starts planner after the write */
#include <pthread.h>
static int budget;
static int plan[2];
static pthread_t warm_tid;
static int warm_started;
static void *planner(void *arg) { plan[(long)arg] = budget; return NULL; }
static void *warmer(void *arg)
{
    (void)arg;
    pthread_t t;
    pthread_create(&t, NULL, planner, (void *)0L);
    pthread_join(t, NULL);
    return NULL;
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t p;
    if (argc == 1) {
        pthread_create(&warm_tid, NULL, warmer, NULL);
        warm_started = 1;
    }
    budget = 100;
    pthread_create(&p, NULL, planner, (void *)1L);
    pthread_join(p, NULL);
    if (warm_started)
        pthread_join(warm_tid, NULL);
    return plan[0] + plan[1];
}
