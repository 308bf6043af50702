/* TRUTH: racy — parse_kv() passes its va_list to scan_v(), which va_copy()s it into vsscanf; that writes g_uid while the auth thread reads g_uid */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static unsigned g_uid = 1000;
static char g_user[16] = "nobody";

static int scan_v(const char *s, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsscanf(s, fmt, cp);
    va_end(cp);
    return n;
}

static int parse_kv(const char *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = scan_v(s, fmt, ap);
    va_end(ap);
    return n;
}

static void *passwd_reader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        char name[16];
        if (parse_kv("uid=1001 name=bob", "uid=%u name=%15s", &g_uid, name) != 2)
            fprintf(stderr, "parse error\n");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    unsigned root_hits = 0;
    pthread_create(&t, NULL, passwd_reader, NULL);
    for (int i = 0; i < 60; i++) {
        if (g_uid == 0)
            root_hits++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("root=%u user=%s\n", root_hits, g_user);
    return 0;
}
