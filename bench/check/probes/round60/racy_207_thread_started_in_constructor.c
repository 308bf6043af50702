/* TRUTH: racy — a __attribute__((constructor)) function starts a thread (before main runs) that writes x; main then writes x without any synchronization with it; unordered plain writes. */
#include <pthread.h>
#include <stdio.h>
static int x;
static pthread_t bg;
static void *bg_main(void *arg) {
    for (int i = 0; i < 10000; i++) x = i;
    return arg;
}
__attribute__((constructor)) static void start_bg(void) { pthread_create(&bg, NULL, bg_main, NULL); }
int main(void) {
    for (int i = 0; i < 10000; i++) x = -i;
    pthread_join(bg, NULL);
    printf("%d\n", x);
    return 0;
}
