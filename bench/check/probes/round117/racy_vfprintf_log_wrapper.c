/* TRUTH: racy — log_msg forwards its variadic arguments to vfprintf through a va_list, which reads ifname ("%s") while the worker renames it */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static char ifname[16] = "eth0";

static void log_msg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
}

static void *renamer(void *arg)
{
    (void)arg;
    usleep(2000);
    ifname[3] = '1';
    return NULL;
}

int main(void)
{
    pthread_t a;
    pthread_create(&a, NULL, renamer, NULL);
    log_msg("link up on %s\n", ifname);
    usleep(10000);
    log_msg("now %s\n", ifname);
    pthread_join(a, NULL);
    return 0;
}
