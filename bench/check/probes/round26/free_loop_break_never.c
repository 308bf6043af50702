/* TRUTH: race-free. `stop` is a local that stays 0, so main's serving loop never breaks and
   `counter = 0` after it never runs; logger's `counter++` is the only access to counter. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int counter;

static void *logger(void *arg)
{
    (void)arg;
    counter++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    int stop = 0;
    pthread_create(&t, NULL, logger, NULL);
    for (;;) {
        if (stop)
            break;
        sleep(1); /* serve */
    }
    counter = 0;
    pthread_join(t, NULL);
    return 0;
}
