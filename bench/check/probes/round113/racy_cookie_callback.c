/* TRUTH: racy — fflush runs the cookie write callback, which starts the worker; the worker sees g == 4 (main stores 5 only after done) and writes x unlocked as main does */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g, done, x;
static pthread_t t;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (g == 4) {
        done = 1;
        pthread_mutex_unlock(&m);
        x++;
        return 0;
    }
    done = 1;
    pthread_mutex_unlock(&m);
    return 0;
}

static ssize_t wr(void *c, const char *b, size_t n)
{
    (void)c;
    (void)b;
    pthread_create(&t, 0, worker, 0);
    return (ssize_t)n;
}

int main(void)
{
    int d = 0;
    cookie_io_functions_t io = {0, wr, 0, 0};
    FILE *f = fopencookie(0, "w", io);
    g = 4;
    fputc('a', f);
    fflush(f);
    while (!d) {
        pthread_mutex_lock(&m);
        d = done;
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    g = 5;
    pthread_mutex_unlock(&m);
    x++;
    pthread_join(t, 0);
    fclose(f);
    printf("%d\n", x);
    return 0;
}
