/* TRUTH: racy — main writes cfg after pthread_create while the thread reads cfg; unordered plain write/read. */
#include <pthread.h>
#include <stdio.h>
static int cfg;
static int result;
static void *work(void *arg) {
    result = cfg * 2;
    return arg;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
    cfg = 21;
    pthread_join(t, NULL);
    printf("%d\n", result);
    return 0;
}
