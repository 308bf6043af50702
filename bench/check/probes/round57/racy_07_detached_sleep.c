/* TRUTH: racy — the detached thread writes `answer`; main reads it after sleep(1), but sleep gives no happens-before, so the read races with the write. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int answer;
static void *bg(void *unused) {
    (void)unused;
    answer = 7 * 6;
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, bg, NULL);
    pthread_detach(t);
    sleep(1);
    printf("%d\n", answer);
    return 0;
}
