/* RACY: two threads format messages into the same global buffer with snprintf and
   no lock (library writes to shared memory). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
static char msgbuf[128];
static size_t total_len;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *reporter(void *a) {
    long id = (long)a;
    snprintf(msgbuf, sizeof msgbuf, "worker %ld reporting", id);
    size_t n = strlen(msgbuf);
    pthread_mutex_lock(&mu);
    total_len += n;
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, reporter, (void *)1L);
    pthread_create(&t2, NULL, reporter, (void *)2L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%zu\n", total_len);
    return 0;
}
