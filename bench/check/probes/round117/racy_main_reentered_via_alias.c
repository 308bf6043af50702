/* TRUTH: racy — app_entry is an alias of main; the helper thread re-enters main (argc 2), which bumps starts while the first run of main bumps it too */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static long starts;

int main(int argc, char **argv);
int app_entry(int argc, char **argv) __attribute__((alias("main")));

static void *second_instance(void *arg)
{
    (void)arg;
    usleep(2000);
    app_entry(2, NULL);
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t;
    (void)argv;
    if (argc > 1) {
        starts++;
        return 0;
    }
    pthread_create(&t, NULL, second_instance, NULL);
    starts++;
    usleep(10000);
    pthread_join(t, NULL);
    printf("%ld\n", starts);
    return 0;
}
