/* TRUTH: free — the detached worker writes report.code and report.text, then sem_post; main sem_waits before reading report, so the writes happen-before the reads; the worker touches nothing shared after posting. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static struct {
    int code;
    char text[24];
} report;
static sem_t finished;

static void *bg(void *a)
{
    (void)a;
    report.code = 200;
    snprintf(report.text, sizeof report.text, "ok");
    sem_post(&finished);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_attr_t at;
    sem_init(&finished, 0, 0);
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&t, &at, bg, NULL) != 0)
        return 1;
    pthread_attr_destroy(&at);
    sem_wait(&finished);
    printf("%d %s\n", report.code, report.text);
    return 0;
}
