// pthread_once initialises the config table exactly once; every reader calls
// pthread_once first, which orders the init function before the reads.
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config[8];
static int ncfg;
static void init_config(void) {
    for (int i = 0; i < 8; i++) config[i] = i + 1;
    ncfg = 8;
}
static void *reader(void *arg) {
    pthread_once(&once, init_config);
    int s = 0;
    for (int i = 0; i < ncfg; i++) s += config[i];
    *(int *)arg = s;
    return NULL;
}
int main(void) {
    int r[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, reader, &r[i]);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%d\n", r[0] + r[3]);
    return 0;
}
