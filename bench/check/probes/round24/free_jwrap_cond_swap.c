/* TRUTH: race-free. The two wait_for calls join t1 and t2 in an order chosen by argc, but both are joined before main reads r1 and r2. */
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
    wait_for(argc > 1 ? t2 : t1);
    printf("%d %d\n", r1, r2);
    return 0;
}
