/* TRUTH: racy — the format comes from pick_format(), which returns "%s%n\n" at run time, so printf writes the int column through its int * argument while the ruler thread reads it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int column;

static const char *pick_format(int wide)
{
    static char buf[16];
    snprintf(buf, sizeof buf, "%s%s", wide ? "%-12s" : "%s", "%n\n");
    return buf;
}

static void *ruler(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += column;
        usleep(100);
    }
    return NULL;
}

static void *printer(void *arg)
{
    const char *fmt = arg;
    for (int i = 0; i < 200; i++) {
        printf(fmt, "cell", &column);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    const char *fmt = pick_format(getenv("NARROW") == NULL);
    pthread_t a, b;
    pthread_create(&a, NULL, ruler, &acc);
    pthread_create(&b, NULL, printer, (void *)fmt);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fprintf(stderr, "%ld\n", acc);
    return 0;
}
