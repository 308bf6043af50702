/* TRUTH: racy — trace() hands its va_list to vsnprintf, which reads the %s argument job.name while the scheduler renames the job */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

struct job {
    int id;
    char name[24];
};

static struct job job = { 7, "backup" };

static void trace(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, n, fmt, ap);
    va_end(ap);
}

static void *tracer(void *arg)
{
    (void)arg;
    char line[96];
    for (int i = 0; i < 60; i++) {
        trace(line, sizeof line, "job %s running", job.name);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, tracer, NULL);
    for (int i = 0; i < 60; i++) {
        job.name[1] = (char)('a' + i % 26);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("%s\n", job.name);
    return 0;
}
