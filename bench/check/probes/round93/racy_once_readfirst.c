// Reader looks at ncfg before calling pthread_once; another thread's init
// may be writing ncfg at that moment -> race.
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int ncfg;
static void init(void) { ncfg = 8; }
static void *reader(void *arg) {
    int before = ncfg;
    pthread_once(&once, init);
    *(int *)arg = ncfg + before;
    return NULL;
}
int main(void) {
    int r[2];
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, reader, &r[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%d\n", r[0]);
    return 0;
}
