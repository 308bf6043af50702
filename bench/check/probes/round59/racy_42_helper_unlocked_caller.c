/* TRUTH: racy — record() writes log_pos and log_buf; thread_a calls it holding log_m but thread_b calls it without any lock, so thread_b's writes of log_pos race with thread_a's. */
#include <pthread.h>

static pthread_mutex_t log_m = PTHREAD_MUTEX_INITIALIZER;
static char log_buf[128];
static int log_pos;

static void record(char c)
{
    if (log_pos < (int)sizeof log_buf - 1)
        log_buf[log_pos++] = c;
}

static void *thread_a(void *u)
{
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&log_m);
        record('a');
        pthread_mutex_unlock(&log_m);
    }
    return u;
}

static void *thread_b(void *u)
{
    for (int i = 0; i < 10; i++)
        record('b');
    return u;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, thread_a, 0);
    pthread_create(&b, 0, thread_b, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return log_pos;
}
