/* RACY: a detached logger thread writes `last_msg_len`; main reads it with no join
   or lock (detached threads can never be joined). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static size_t last_msg_len;
static void *logger(void *a) {
    const char *msg = a;
    last_msg_len = strlen(msg);
    fputs(msg, stderr);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &attr, logger, "hello\n");
    pthread_attr_destroy(&attr);
    usleep(1000);
    printf("%zu\n", last_msg_len);
    return 0;
}
