// race-free: both subsystems use the same once flag, so init_tables runs once and before every later read.
#include <pthread.h>
#include <stdio.h>
static int table[16];
static pthread_once_t net_once = PTHREAD_ONCE_INIT;
static pthread_once_t disk_once = PTHREAD_ONCE_INIT;

static void init_tables(void)
{
    for (int i = 0; i < 16; i++)
        table[i] = i * i;
}

static void *net(void *arg)
{
    pthread_once(&net_once, init_tables);
    printf("%d\n", table[3]);
    return NULL;
}

static void *disk(void *arg)
{
    pthread_once(&net_once, init_tables);
    printf("%d\n", table[4]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, net, NULL);
    pthread_create(&b, NULL, disk, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
