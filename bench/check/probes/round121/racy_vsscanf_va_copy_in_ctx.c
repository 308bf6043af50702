/* TRUTH: racy — scan_kv va_copies its list into a parser context struct and hands &ctx to run_parser, which calls vsscanf with ctx->ap, writing the global limit that the enforcer thread reads concurrently */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

struct parser {
    const char *input;
    const char *fmt;
    va_list ap;
};

static long limit;

static int run_parser(struct parser *p)
{
    return vsscanf(p->input, p->fmt, p->ap);
}

static int scan_kv(const char *input, const char *fmt, ...)
{
    struct parser p;
    va_list ap;
    va_start(ap, fmt);
    p.input = input;
    p.fmt = fmt;
    va_copy(p.ap, ap);
    int n = run_parser(&p);
    va_end(p.ap);
    va_end(ap);
    return n;
}

static void *config_loader(void *arg)
{
    (void)arg;
    char buf[32];
    for (int i = 0; i < 200; i++) {
        snprintf(buf, sizeof buf, "limit=%d", 100 + i);
        scan_kv(buf, "limit=%ld", &limit);
        usleep(100);
    }
    return NULL;
}

static void *enforcer(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += limit;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, config_loader, NULL);
    pthread_create(&b, NULL, enforcer, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc);
    return 0;
}
