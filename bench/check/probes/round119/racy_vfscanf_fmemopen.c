/* TRUTH: racy — read_field() hands its va_list to vfscanf, which writes sensor.temp (a double) while the control loop reads sensor.temp */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct sensor {
    double temp;
    double hum;
};

static struct sensor sensor = { 20.0, 0.5 };

static int read_field(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfscanf(f, fmt, ap);
    va_end(ap);
    return n;
}

static void *sampler(void *arg)
{
    (void)arg;
    static char sample[] = "T 21.5\n";
    for (int i = 0; i < 60; i++) {
        FILE *f = fmemopen(sample, strlen(sample), "r");
        if (!f)
            return NULL;
        if (read_field(f, "T %lf", &sensor.temp) != 1)
            fprintf(stderr, "bad sample\n");
        fclose(f);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    int fan_on = 0;
    pthread_create(&t, NULL, sampler, NULL);
    for (int i = 0; i < 60; i++) {
        if (sensor.temp > 21.0)
            fan_on++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("fan=%d\n", fan_on);
    return 0;
}
