/* racy: the thread is detached and never waited for; main reads `answer` while the
   detached thread may be writing it. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int answer;

static void *bg(void *arg) {
    (void)arg;
    answer = 42;
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, bg, NULL);
    pthread_detach(t);
    usleep(1000);
    printf("%d\n", answer);
    return 0;
}
