/* TRUTH: racy — report() sits in .fini_array (attribute via the FINI_SECTION macro) and runs after main returns, while the detached heartbeat thread is still writing beats */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define FINI_SECTION __attribute__((section(".fini_array"), used))

static long beats;

static void *heartbeat(void *arg)
{
    (void)arg;
    for (;;) {
        beats++;
        usleep(100);
    }
    return NULL;
}

static void report(void)
{
    fprintf(stderr, "beats %ld\n", beats);
}

static void (*const report_hook)(void) FINI_SECTION = report;

int main(void)
{
    pthread_t h;
    pthread_create(&h, NULL, heartbeat, NULL);
    pthread_detach(h);
    usleep(5000);
    return 0;
}
