/* TRUTH: race-free. The spinner writes only `spins`, which no other thread reads or writes; main computes into its own `report` and calls exit() while the spinner still runs. exit() ends the process without any access to spins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static unsigned long spins;
static int report;

static void *spinner(void *arg)
{
    (void)arg;
    for (;;) {
        spins++;
        usleep(1000);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, spinner, NULL);
    for (int i = 0; i < 10; i++)
        report += i;
    printf("report %d\n", report);
    exit(0);
}
