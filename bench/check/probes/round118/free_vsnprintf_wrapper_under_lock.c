/* TRUTH: free — the log wrapper formats 'ifname' via vsnprintf while main holds name_lock, and the worker renames ifname under the same lock */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char ifname[16] = "eth0";
static pthread_mutex_t name_lock = PTHREAD_MUTEX_INITIALIZER;

static int fmt(char *dst, size_t cap, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    int n = vsnprintf(dst, cap, f, ap);
    va_end(ap);
    return n;
}

static void *renamer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        pthread_mutex_lock(&name_lock);
        strcpy(ifname, (i & 1) ? "eth1" : "eth0");
        pthread_mutex_unlock(&name_lock);
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, renamer, NULL);
    long n = 0;
    for (int i = 0; i < 40; i++) {
        char line[64];
        pthread_mutex_lock(&name_lock);
        n += fmt(line, sizeof line, "link up on %s", ifname);
        pthread_mutex_unlock(&name_lock);
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%ld\n", n);
    return 0;
}
