// pthread_once initialises config, but one reader (id 0) skips pthread_once
// and reads config/ncfg while another thread's init may be writing them.
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config[8];
static int ncfg;
static void init_config(void) {
    for (int i = 0; i < 8; i++) config[i] = i + 1;
    ncfg = 8;
}
struct arg { int id; int out; };
static void *reader(void *p) {
    struct arg *a = p;
    if (a->id != 0)
        pthread_once(&once, init_config);
    int s = 0;
    for (int i = 0; i < ncfg; i++) s += config[i];
    a->out = s;
    return NULL;
}
int main(void) {
    struct arg r[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) { r[i].id = i; pthread_create(&t[i], NULL, reader, &r[i]); }
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%d\n", r[0].out + r[3].out);
    return 0;
}
