/* TRUTH: racy — the "per-thread" buffer is one static array: both threads install shared_buf with pthread_setspecific and snprintf into it (line 25) concurrently. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

static pthread_key_t buf_key;
static char shared_buf[64];
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

static void make_key(void) { pthread_key_create(&buf_key, NULL); }

static char *thread_buf(void) {
    pthread_once(&key_once, make_key);
    char *b = pthread_getspecific(buf_key);
    if (!b) {
        b = shared_buf;
        pthread_setspecific(buf_key, b);
    }
    return b;
}

static const char *fmt_id(int id) {
    char *b = thread_buf();
    snprintf(b, 64, "conn-%d", id); // @A
    return b;
}

static void *worker(void *arg) {
    const char *s = fmt_id((int)(long)arg);
    return (void *)(long)strlen(s);
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
