/* TRUTH: racy — memset starts at job.timing.end_us and its length (sizeof end_us + sizeof retries) runs out of the nested timing struct into job.retries, which the retry thread increments concurrently */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct timing {
    long start_us;
    long end_us;
};

struct job {
    int id;
    struct timing timing;
    long retries;
    char owner[16];
};

static struct job job = { 7, { 0, 0 }, 0, "svc" };

static void *retry_thread(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        job.retries++;
        usleep(100);
    }
    return NULL;
}

static void *reset_thread(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        memset(&job.timing.end_us, 0, sizeof job.timing.end_us + sizeof job.retries);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, retry_thread, NULL);
    pthread_create(&b, NULL, reset_thread, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", job.retries);
    return 0;
}
