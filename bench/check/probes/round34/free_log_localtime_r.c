/* TRUTH: free — each logger thread formats into its own locals: localtime_r fills the caller's struct tm (line 11) and strftime writes the local buffer; no shared object is written (stdout is locked by stdio). */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static void *logger(void *arg) {
    int id = (int)(long)arg;
    time_t now = 1700000000 + id;
    struct tm tmv;
    char buf[64];
    localtime_r(&now, &tmv); // @A
    strftime(buf, sizeof buf, "%H:%M:%S", &tmv);
    printf("[%d] %s %d\n", id, buf, tmv.tm_hour);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, logger, (void *)0);
    pthread_create(&b, NULL, logger, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
