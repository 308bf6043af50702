/* TRUTH: free — thread_buf() returns a buffer each thread malloc'd for itself and stored with pthread_setspecific; fmt_id's snprintf (line 25) writes only the calling thread's buffer. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

static pthread_key_t buf_key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

static void make_key(void) { pthread_key_create(&buf_key, free); }

static char *thread_buf(void) {
    pthread_once(&key_once, make_key);
    char *b = pthread_getspecific(buf_key);
    if (!b) {
        b = malloc(64);
        if (!b) abort();
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
