/* Channels: a CSP pipeline producer -> squarer -> printer, one thread per stage, joined by channels. */
#define _GNU_SOURCE /* pthread_setname_np */
#include "chan.h"
#include "elapsed.h"

#include "weft.h"

#include <stdio.h>
#include <time.h>

#define ITEMS 10

static struct chan numbers, squares;

/* Each stage names its thread (as the timeline shows it) and marks its work as a weft task. */
static void stage_begin(const char *name)
{
    pthread_setname_np(pthread_self(), name);
    WEFT_TASK_BEGIN_ANNOTATION(name);
}

static void *producer(void *arg)
{
    (void)arg;
    stage_begin("producer");
    for (long n = 1; n <= ITEMS; n++) {
        nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL); /* producing takes time */
        chan_send(&numbers, n);
    }
    chan_close(&numbers);
    WEFT_TASK_END_ANNOTATION("producer");
    return NULL;
}

static void *squarer(void *arg)
{
    (void)arg;
    stage_begin("squarer");
    long n;
    while (chan_recv(&numbers, &n))
        chan_send(&squares, n * n);
    chan_close(&squares); /* closing passes the end of the stream down the pipeline */
    WEFT_TASK_END_ANNOTATION("squarer");
    return NULL;
}

static void *printer(void *arg)
{
    (void)arg;
    stage_begin("printer");
    long sq;
    while (chan_recv(&squares, &sq))
        printf("%ld\n", sq);
    WEFT_TASK_END_ANNOTATION("printer");
    return NULL;
}

int main(void)
{
    double start = example_now();
    chan_init(&numbers, "numbers");
    chan_init(&squares, "squares");
    void *(*stages[])(void *) = {producer, squarer, printer};
    pthread_t tid[3];
    for (int i = 0; i < 3; i++)
        if (pthread_create(&tid[i], NULL, stages[i], NULL) != 0) {
            perror("pthread_create");
            return 1;
        }
    for (int i = 0; i < 3; i++)
        pthread_join(tid[i], NULL);
    chan_destroy(&squares);
    chan_destroy(&numbers);
    example_report_elapsed("channels", start);
    return 0;
}
