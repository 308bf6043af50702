// A detached worker fills the report; main just sleeps and reads it.
// Detach gives no ordering and sleep is not synchronization -> race.
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
static char report[32];
static int status;
static void *worker(void *arg) {
    (void)arg;
    status = 42;
    snprintf(report, sizeof report, "ok %d", status);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    sleep(1);
    printf("%s %d\n", report, status);
    return 0;
}
