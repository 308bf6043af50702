/* TRUTH: racy. In drain(), the cleanup of `guard` (unlock_m) runs when `break` leaves the loop
   body's block, so `drained++` after the loop runs without m, concurrently with filler's
   `drained = 0` under m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int queue_len = 8;
static int drained;

static void unlock_m(int *unused)
{
    (void)unused;
    pthread_mutex_unlock(&m);
}

static void *drain(void *arg)
{
    (void)arg;
    for (;;) {
        int guard __attribute__((cleanup(unlock_m))) = 0;
        pthread_mutex_lock(&m);
        if (queue_len == 0)
            break;
        queue_len--;
    }
    drained++;
    return NULL;
}

static void *filler(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    queue_len += 4;
    drained = 0;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t d, f;
    pthread_create(&d, NULL, drain, NULL);
    pthread_create(&f, NULL, filler, NULL);
    pthread_join(d, NULL);
    pthread_join(f, NULL);
    printf("%d %d\n", queue_len, drained);
    return 0;
}
