/* TRUTH: racy. wait_for() joins only one of t1/t2 (chosen by argc) before main reads both r1 and r2: the thread not joined may still be writing its result (r1 = 11 or r2 = 22) while main reads it. */
#include <pthread.h>
#include <stdio.h>

static int r1, r2;

static void *job1(void *arg) { (void)arg; r1 = 11; return NULL; }
static void *job2(void *arg) { (void)arg; r2 = 22; return NULL; }

static void wait_for(pthread_t th)
{
    pthread_join(th, NULL);
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t1, t2;
    pthread_create(&t1, NULL, job1, NULL);
    pthread_create(&t2, NULL, job2, NULL);
    wait_for(argc > 1 ? t1 : t2);
    printf("%d %d\n", r1, r2);
    wait_for(argc > 1 ? t2 : t1);
    return 0;
}
