/* TRUTH: free — log_msg forwards to vsnprintf with "%s at %p"; %s reads a string literal and %p only prints &queue_len, never dereferencing it; only the producer writes queue_len until join */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static int queue_len;
static char line[96];

static void log_msg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
}

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        queue_len++;
        usleep(100);
    }
    return NULL;
}

static void *watcher(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        log_msg("%s at %p", "queue counter", (void *)&queue_len);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, watcher, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%s %d\n", line, queue_len);
    return 0;
}
