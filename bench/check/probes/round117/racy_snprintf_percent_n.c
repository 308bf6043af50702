/* TRUTH: racy — the %n conversion makes snprintf write the prefix length into width, which main reads concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int width;

static void *worker(void *arg)
{
    char line[32];
    (void)arg;
    usleep(2000);
    snprintf(line, sizeof line, "id=%d%n|", 42, &width);
    return NULL;
}

int main(void)
{
    pthread_t a;
    pthread_create(&a, NULL, worker, NULL);
    printf("width %d\n", width);
    usleep(10000);
    printf("width %d\n", width);
    pthread_join(a, NULL);
    return 0;
}
